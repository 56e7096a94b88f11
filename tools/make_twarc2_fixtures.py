"""Writes the twarc2 fixtures of the x-api-v2 source (twarc2-flatten.ndjson, twarc2-search.ndjson,
twarc2-stream.ndjson) in the shapes twarc2 writes, as documented by twarc's own code: expansions.flatten (each tweet
with author, in_reply_to_user, mentions, attachments.media and referenced_tweets inline, the response's __twarc block
on every tweet), client2._append_metadata (the __twarc block) and the X API's stream messages (matching_rules,
operational-disconnect errors). Made-up accounts, ids and text.
Run from the repository root: python3 tools/make_twarc2_fixtures.py"""
import copy
import json
import os
from collections import defaultdict

OUT = "chorus-core/src/test/resources/sources/x-api-v2"

TWARC = {"url": "https://api.twitter.com/2/tweets/search/recent?expansions=author_id%2Cin_reply_to_user_id%2Creferenced_tweets.id%2Creferenced_tweets.id.author_id%2Centities.mentions.username%2Cattachments.media_keys&tweet.fields=author_id%2Cconversation_id%2Ccreated_at%2Centities%2Cin_reply_to_user_id%2Clang%2Cpublic_metrics%2Creferenced_tweets%2Cedit_history_tweet_ids&query=%23IranTalks&max_results=100",
         "version": "2.14.1", "retrieved_at": "2025-04-13T07:00:00+00:00"}

def user(i, username, name):
    return {"id": i, "username": username, "name": name, "created_at": "2019-03-01T10:00:00.000Z", "protected": False,
            "public_metrics": {"followers_count": 120, "following_count": 80, "tweet_count": 3400, "listed_count": 2}}

A = user("1600000000000000101", "policy_notes_a", "Policy Notes")
B = user("1600000000000000102", "observer_b", "Observer B")
C = user("1600000000000000103", "gulf_desk_c", "Gulf Desk")
D = user("1600000000000000104", "analyst_d", "Analyst D")
E = user("1600000000000000105", "reader_e", "Reader E")

def tweet(i, author, text, created, lang="en", refs=None, entities=None, reply_to=None, media=None, metrics=(1, 0, 2, 0)):
    t = {"edit_history_tweet_ids": [i], "id": i, "text": text, "author_id": author["id"], "created_at": created,
         "lang": lang, "conversation_id": i}
    if reply_to:
        t["in_reply_to_user_id"] = reply_to
    if refs:
        t["referenced_tweets"] = [{"type": ty, "id": rid} for ty, rid in refs]
    if entities:
        t["entities"] = entities
    if media:
        t["attachments"] = {"media_keys": media}
    t["public_metrics"] = {"retweet_count": metrics[0], "reply_count": metrics[1], "like_count": metrics[2],
                           "quote_count": metrics[3], "bookmark_count": 0, "impression_count": 300}
    return t

X = tweet("1911100000000000201", C, "Round two is set for Muscat next week. #IranTalks", "2025-04-12T08:00:00.000Z",
          entities={"hashtags": [{"start": 39, "end": 49, "tag": "IranTalks"}]}, metrics=(14, 3, 40, 2))
Y = tweet("1911100000000000202", D, "Sanctions relief is the sticking point, not enrichment.", "2025-04-12T09:00:00.000Z")
Z = tweet("1911100000000000203", C, "Who will lead the delegation?", "2025-04-12T10:00:00.000Z")

data = [
  tweet("1911200000000000301", A, "Briefing notes from today with @analyst_d #IranTalks https://t.co/AbCdEf https://t.co/PhOtO1",
        "2025-04-13T06:00:00.000Z",
        entities={"hashtags": [{"start": 43, "end": 53, "tag": "IranTalks"}],
                  "mentions": [{"start": 31, "end": 41, "username": "analyst_d", "id": D["id"]}],
                  "urls": [{"start": 54, "end": 77, "url": "https://t.co/AbCdEf",
                            "expanded_url": "https://example-news.com/briefing?utm_source=twitter",
                            "display_url": "example-news.com/briefing"},
                           {"start": 78, "end": 101, "url": "https://t.co/PhOtO1",
                            "expanded_url": "https://twitter.com/policy_notes_a/status/1911200000000000301/photo/1",
                            "display_url": "pic.twitter.com/PhOtO1", "media_key": "3_1911200000000000999"}]},
        media=["3_1911200000000000999"]),
  tweet("1911200000000000302", B, "RT @gulf_desk_c: Round two is set for Muscat next week. #IranTalks", "2025-04-13T06:10:00.000Z",
        refs=[("retweeted", X["id"])],
        entities={"mentions": [{"start": 3, "end": 15, "username": "gulf_desk_c", "id": C["id"]}],
                  "hashtags": [{"start": 56, "end": 66, "tag": "IranTalks"}]}),
  tweet("1911200000000000303", A, "Exactly this. https://t.co/QuOtE2", "2025-04-13T06:20:00.000Z",
        refs=[("quoted", Y["id"])],
        entities={"urls": [{"start": 14, "end": 37, "url": "https://t.co/QuOtE2",
                            "expanded_url": "https://twitter.com/analyst_d/status/1911100000000000202",
                            "display_url": "twitter.com/analyst_d/st…"}]}),
  tweet("1911200000000000304", E, "@gulf_desk_c The deputy foreign minister, reportedly.", "2025-04-13T06:30:00.000Z",
        refs=[("replied_to", Z["id"])], reply_to=C["id"],
        entities={"mentions": [{"start": 0, "end": 12, "username": "gulf_desk_c", "id": C["id"]}]}),
  # a reply to a tweet the response did not include (deleted or protected): flatten leaves {type, id}, and an empty
  # in_reply_to_user
  tweet("1911200000000000305", B, "@gone_account that thread is gone now", "2025-04-13T06:40:00.000Z",
        refs=[("replied_to", "1911100000000000299")], reply_to="1600000000000000199",
        entities={"mentions": [{"start": 0, "end": 13, "username": "gone_account", "id": "1600000000000000199"}]}),
  tweet("1911200000000000306", D, "RT @gulf_desk_c: Round two is set for Muscat next week. #IranTalks", "2025-04-13T06:50:00.000Z",
        refs=[("retweeted", X["id"])],
        entities={"mentions": [{"start": 3, "end": 15, "username": "gulf_desk_c", "id": C["id"]}],
                  "hashtags": [{"start": 56, "end": 66, "tag": "IranTalks"}]}),
]
MEDIA = [{"media_key": "3_1911200000000000999", "type": "photo", "url": "https://pbs.twimg.com/media/ExAmPlE1.jpg",
          "width": 1200, "height": 675}]
response = {"data": data, "includes": {"users": [A, B, C, D, E], "tweets": [X, Y, Z], "media": MEDIA},
            "meta": {"result_count": 6, "newest_id": data[-1]["id"], "oldest_id": data[0]["id"]}, "__twarc": TWARC}

def extract(resp, exp, key="id"):
    return defaultdict(dict, {o[key]: o for o in resp.get("includes", {}).get(exp, [])})

def flatten(resp):
    # what twarc.expansions.flatten documents: includes moved inline, recursively; missing ones as {}
    resp = copy.deepcopy(resp)
    users = defaultdict(dict, {**extract(resp, "users"), **extract(resp, "users", "username")})
    media = extract(resp, "media", "media_key")
    tweets = extract(resp, "tweets")
    def expand(p):
        if isinstance(p, (str, bool, int, float)) or p is None:
            return p
        if isinstance(p, list):
            return [expand(x) for x in p]
        for k, v in list(p.items()):
            p[k] = expand(v)
        if "author_id" in p:
            p["author"] = users[p["author_id"]]
        if "in_reply_to_user_id" in p:
            p["in_reply_to_user"] = users[p["in_reply_to_user_id"]]
        if "media_keys" in p:
            p["media"] = [media[k] for k in p["media_keys"]]
        if "mentions" in p:
            p["mentions"] = [{**m, **users[m["username"]]} for m in p["mentions"]]
        if "referenced_tweets" in p:
            p["referenced_tweets"] = [{**r, **tweets[r["id"]]} for r in p["referenced_tweets"]]
        return p
    for i, t in list(extract(resp, "tweets").items()):
        tweets[i] = expand(t)
    out = expand(resp["data"]) if isinstance(resp["data"], list) else [expand(resp["data"])]
    for t in out:
        t["__twarc"] = resp["__twarc"]
    return out

if __name__ == "__main__":
    with open(os.path.join(OUT, "twarc2-flatten.ndjson"), "w") as f:
        for t in flatten(response):
            f.write(json.dumps(t, ensure_ascii=False) + "\n")

    # twarc2 stream: one message a line, data a single Tweet, matching_rules, __twarc; error messages in between
    STREAM_TWARC = dict(TWARC, url="https://api.twitter.com/2/tweets/search/stream?expansions=author_id%2Creferenced_tweets.id%2Creferenced_tweets.id.author_id&tweet.fields=author_id%2Ccreated_at%2Centities%2Clang%2Creferenced_tweets%2Cedit_history_tweet_ids")
    rules = [{"id": "1911000000000000777", "tag": "talks"}]
    def msg(t, users, tweets=None):
        m = {"data": t, "includes": {"users": users}, "matching_rules": rules, "__twarc": STREAM_TWARC}
        if tweets:
            m["includes"]["tweets"] = tweets
        return m
    lines = [
      msg(data[0], [A]),
      {"errors": [{"title": "operational-disconnect", "disconnect_type": "OperationalDisconnect",
                   "detail": "This stream has been disconnected for operational reasons.",
                   "type": "https://api.twitter.com/2/problems/operational-disconnect"}], "__twarc": STREAM_TWARC},
      msg(data[1], [B, C], [X]),
      {"errors": [{"title": "ConnectionException", "detail": "This stream is currently at the maximum allowed connection limit.",
                   "connection_issue": "TooManyConnections", "type": "https://api.twitter.com/2/problems/streaming-connection"}]},
      msg(data[2], [A, D], [Y]),
    ]
    with open(os.path.join(OUT, "twarc2-stream.ndjson"), "w") as f:
        for l in lines:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")

    # the same page as twarc2 search writes it before flattening: one response a line
    with open(os.path.join(OUT, "twarc2-search.ndjson"), "w") as f:
        f.write(json.dumps(response, ensure_ascii=False) + "\n")
