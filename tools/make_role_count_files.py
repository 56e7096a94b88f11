"""Writes the files of the README's "collected and referenced" measurement into OUT (default /tmp/chorus-roles):
a twarc2 search of 200 tweets (two pages of 100, their retweeted, quoted and replied-to originals in
includes.tweets) unflattened and through twarc2 flatten, a Bluesky getAuthorFeed page of 25 items (6 reposts,
4 quotes with the quoted post embedded), a Mastodon home timeline page of 8 statuses (2 boosts, 1 quote) and an
empty Mastodon page. Shapes as the platforms document them; made-up accounts, ids and text; seeded, so every run
writes the same files. Run from the repository root: python3 tools/make_role_count_files.py [OUT]"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_twarc2_fixtures import flatten  # noqa: E402

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/chorus-roles"
os.makedirs(OUT, exist_ok=True)
os.chdir(OUT)
random.seed(7)

def user(i):
    return {"id": str(1700000000000000000 + i), "username": f"acct_{i}", "name": f"Account {i}"}

def tweet(tid, uid, text, created, refs=None):
    t = {"id": str(tid), "text": text, "author_id": str(1700000000000000000 + uid), "created_at": created,
         "lang": "en", "edit_history_tweet_ids": [str(tid)]}
    if refs:
        t["referenced_tweets"] = [{"type": ty, "id": str(r)} for ty, r in refs]
    return t

TWARC = {"url": "https://api.twitter.com/2/tweets/search/recent?query=%23IranTalks", "version": "2.14.1",
         "retrieved_at": "2025-04-13T07:00:00+00:00"}
pages = []
orig_id = 1912000000000000000
tid = 1913000000000000000
originals = {}
for page in range(2):
    data, inc_tweets, users = [], {}, {}
    for i in range(100):
        tid += 1
        uid = random.randint(1, 150)
        users[uid] = user(uid)
        r = random.random()
        refs = None
        if r < 0.25:
            oid = orig_id + random.randint(1, 60)
            refs = [("retweeted", oid)]
        elif r < 0.35:
            oid = orig_id + random.randint(1, 60)
            refs = [("quoted", oid)]
        elif r < 0.45:
            oid = orig_id + random.randint(1, 60)
            refs = [("replied_to", oid)]
        created = f"2025-04-13T{6 + page:02d}:{i % 60:02d}:00.000Z"
        data.append(tweet(tid, uid, f"post {tid} #IranTalks", created, refs))
        if refs:
            oid = refs[0][1]
            ouid = 200 + oid % 40
            users[ouid] = user(ouid)
            inc_tweets[oid] = tweet(oid, ouid, f"original {oid}", "2025-04-12T08:00:00.000Z")
            originals[oid] = True
    pages.append({"data": data, "includes": {"users": list(users.values()), "tweets": list(inc_tweets.values())},
                  "meta": {"result_count": 100}, "__twarc": TWARC})
with open("twarc2-search-200.jsonl", "w") as f:
    for p in pages:
        f.write(json.dumps(p) + "\n")
print("distinct referenced originals:", len(originals))

# the same pages through twarc2 flatten
with open("twarc2-flatten-200.jsonl", "w") as f:
    for p in pages:
        for t in flatten(p):
            f.write(json.dumps(t) + "\n")

# Bluesky getAuthorFeed page of 25 items: 6 reposts (reason), 4 quotes with an embedded viewRecord
def profile(n):
    return {"did": f"did:plc:{'m' * 23}{n}", "handle": f"user{n}.bsky.example", "displayName": f"User {n}"}
def postview(n, author, text, embed=None):
    v = {"uri": f"at://{author['did']}/app.bsky.feed.post/3lmeas{n:07d}", "cid": f"bafyrei{n:020d}",
         "author": author, "record": {"$type": "app.bsky.feed.post", "text": text,
                                      "createdAt": "2025-04-12T09:00:00.000Z", "langs": ["en"]},
         "replyCount": 0, "repostCount": 1, "likeCount": 2, "quoteCount": 0, "indexedAt": "2025-04-12T09:00:01.000Z"}
    if embed:
        v["embed"] = embed
    return v
feed = []
me = profile(1)
for i in range(25):
    if i % 4 == 1:   # a repost of someone else's post
        other = profile(10 + i)
        feed.append({"post": postview(100 + i, other, f"original {i}"),
                     "reason": {"$type": "app.bsky.feed.defs#reasonRepost", "by": me,
                                "indexedAt": "2025-04-12T10:00:00.000Z"}})
    elif i % 6 == 2:  # a quote with the quoted post embedded
        q = profile(40 + i)
        quoted = {"$type": "app.bsky.embed.record#viewRecord", "uri": f"at://{q['did']}/app.bsky.feed.post/3lmeasq{i:06d}",
                  "cid": f"bafyreiq{i:019d}", "author": q,
                  "value": {"$type": "app.bsky.feed.post", "text": f"quoted {i}", "createdAt": "2025-04-11T09:00:00.000Z"},
                  "indexedAt": "2025-04-11T09:00:01.000Z"}
        feed.append({"post": postview(i, me, f"quoting {i}", {"$type": "app.bsky.embed.record#view", "record": quoted})})
    else:
        feed.append({"post": postview(i, me, f"post {i} #IranTalks")})
with open("bluesky-author-feed-25.json", "w") as f:
    json.dump({"feed": feed, "cursor": "2025-04-12T09:00:00.000Z"}, f, indent=1)

# Mastodon home timeline of 8 statuses: 2 boosts, 1 quote with the quoted status embedded
def account(n, host="mastodon.example"):
    return {"id": str(n), "username": f"m{n}", "acct": f"m{n}" if host == "mastodon.example" else f"m{n}@{host}",
            "display_name": f"M {n}", "url": f"https://{host}/@m{n}"}
def status(n, acct, content, **extra):
    s = {"id": str(114400000000000000 + n), "created_at": "2025-04-12T09:00:00.000Z", "in_reply_to_id": None,
         "in_reply_to_account_id": None, "sensitive": False, "spoiler_text": "", "visibility": "public",
         "language": "en", "uri": f"https://mastodon.example/users/m{acct['id']}/statuses/{114400000000000000 + n}",
         "url": f"https://mastodon.example/@m{acct['id']}/{114400000000000000 + n}", "replies_count": 0,
         "reblogs_count": 0, "favourites_count": 1, "content": f"<p>{content}</p>", "reblog": None,
         "account": acct, "media_attachments": [], "mentions": [], "tags": [], "emojis": [], "card": None, "poll": None}
    s.update(extra)
    return s
statuses = []
for i in range(8):
    a = account(i + 1)
    if i in (2, 5):
        orig = status(50 + i, account(90 + i), f"boosted original {i}")
        statuses.append(status(i, a, "", reblog=orig))
    elif i == 6:
        q = status(70, account(77), "quoted original")
        statuses.append(status(i, a, "quoting", quote={"state": "accepted", "quoted_status": q}))
    else:
        statuses.append(status(i, a, f"status {i}"))
with open("mastodon-home-8.json", "w") as f:
    json.dump(statuses, f, indent=1)
with open("mastodon-empty-page.json", "w") as f:
    f.write("[]")
