"""Generates the Bluesky fixtures (facet offsets must be UTF-8 byte offsets, which is easy to get wrong by hand).
Made-up accounts and text. Run from this folder: python3 make_fixtures.py"""
import json

ALICE = {"did": "did:plc:a1icea1icea1icea1icea1ic", "handle": "alice-policy.bsky.social", "displayName": "Alice (policy)"}
REZA = {"did": "did:plc:rezarezarezarezarezareza", "handle": "reza.bsky.social", "displayName": "رضا"}
NOA = {"did": "did:plc:noanoanoanoanoanoanoanoa", "handle": "noa.example.org", "displayName": "נועה"}
LAYLA = {"did": "did:plc:laylalaylalaylalaylalayl", "handle": "handle.invalid", "displayName": ""}
CID = "bafyreib2rxk3rybk3aobmv5cjuql3bm2twh4jo5uxgf5s3jxokkxuezhqe"
IMG = "bafkreih3lmtbz6q2cqbgvvwdeqmlh3i4vtnbtqoxxz2fnw7aoc3hfsqrk4"

def uri(p, rkey): return f"at://{p['did']}/app.bsky.feed.post/{rkey}"

def facet(text, fragment, feature, occurrence=0):
    b = text.encode("utf-8"); f = fragment.encode("utf-8")
    start = -1
    for _ in range(occurrence + 1):
        start = b.index(f, start + 1)
    return {"index": {"byteStart": start, "byteEnd": start + len(f)}, "features": [feature]}

def mention(text, handle, did): return facet(text, "@" + handle, {"$type": "app.bsky.richtext.facet#mention", "did": did})
def tag(text, t): return facet(text, "#" + t, {"$type": "app.bsky.richtext.facet#tag", "tag": t})
def link(text, shown, target): return facet(text, shown, {"$type": "app.bsky.richtext.facet#link", "uri": target})

def record(text, created, langs=None, facets=None, **extra):
    r = {"$type": "app.bsky.feed.post", "text": text, "createdAt": created}
    if langs is not None: r["langs"] = langs
    if facets: r["facets"] = facets
    r.update(extra)
    return r

def view(author, rkey, rec, likes=0, reposts=0, replies=0, quotes=0, indexed=None, embed=None):
    v = {"uri": uri(author, rkey), "cid": CID, "author": dict(author, avatar="https://cdn.bsky.app/img/avatar/plain/x/y@jpeg"),
         "record": rec}
    if embed: v["embed"] = embed
    v.update({"replyCount": replies, "repostCount": reposts, "likeCount": likes, "quoteCount": quotes,
              "indexedAt": indexed or rec.get("createdAt", "2025-04-12T00:00:00.000Z"), "labels": []})
    return v

# 1 plain English post, truncated link text, external embed, tag
t1 = "Readout of the Muscat round: example-news.com/2025/04/ira... #IranTalks"
p1 = view(ALICE, "3lmqa2aaaaa2a", record(t1, "2025-04-12T09:15:30.120Z", ["en"], [
    link(t1, "example-news.com/2025/04/ira...", "https://www.example-news.com/2025/04/iran-us-talks?utm_source=bsky"),
    tag(t1, "IranTalks")], embed={"$type": "app.bsky.embed.external", "external": {
        "uri": "https://www.example-news.com/2025/04/iran-us-talks?utm_source=bsky", "title": "Muscat readout",
        "description": "What was agreed"}}), likes=42, reposts=7, replies=3, quotes=1,
    embed={"$type": "app.bsky.embed.external#view", "external": {"uri": "https://www.example-news.com/2025/04/iran-us-talks?utm_source=bsky",
        "title": "Muscat readout", "description": "What was agreed"}})
# 2 Persian with emoji before mention and tag facets (multibyte offsets), plus extra record tag
t2 = "🕊️ گفت‌وگوی @reza.bsky.social درباره #مذاکرات ادامه دارد"
p2 = view(ALICE, "3lmqa2bbbbb2b", record(t2, "2025-04-12T10:00:00Z", ["fa"], [
    mention(t2, "reza.bsky.social", REZA["did"]), tag(t2, "مذاکرات")], tags=["دیپلماسی"]), likes=5)
# 3 repost of a Hebrew post by Noa (reason with uri)
t3 = "ירושלים עוקבת אחרי השיחות בין וושינגטון לטהרן"
p3 = view(NOA, "3lmqa2ccccc2c", record(t3, "2025-04-12T07:30:00.000Z", ["he"]), likes=30, reposts=15, replies=8)
reason3 = {"$type": "app.bsky.feed.defs#reasonRepost", "by": ALICE,
           "uri": f"at://{ALICE['did']}/app.bsky.feed.repost/3lmqa2rrrrr2r", "cid": CID,
           "indexedAt": "2025-04-12T10:30:00.000Z"}
# 4 reply by Alice to Reza, mention with did fallback (facet offsets beyond the text)
t4 = "Agreed — sanctions relief must be phased."
p4 = view(ALICE, "3lmqa2ddddd2d", record(t4, "2025-04-12T11:00:00Z", ["en"], [
    {"index": {"byteStart": 40, "byteEnd": 90}, "features": [{"$type": "app.bsky.richtext.facet#mention", "did": REZA["did"]}]}],
    reply={"root": {"uri": uri(REZA, "3lmqa2zzzzz2z"), "cid": CID}, "parent": {"uri": uri(REZA, "3lmqa2yyyyy2y"), "cid": CID}}))
parent4 = view(REZA, "3lmqa2yyyyy2y", record("Phased relief or nothing?", "2025-04-12T10:50:00Z", ["en"]))
# 5 quote of an Arabic post by Layla (record embed + viewRecord), Layla's handle invalid
t5q = "طهران تنتظر ضمانات مكتوبة قبل أي اتفاق"
quoted5 = record(t5q, "2025-04-12T06:00:00Z", ["ar"])
t5 = "Key line from Tehran's side 👇"
p5 = view(ALICE, "3lmqa2eeeee2e", record(t5, "2025-04-12T12:00:00Z", ["en"],
    embed={"$type": "app.bsky.embed.record", "record": {"uri": uri(LAYLA, "3lmqa2fffff2f"), "cid": CID}}), likes=3,
    embed={"$type": "app.bsky.embed.record#view", "record": {"$type": "app.bsky.embed.record#viewRecord",
        "uri": uri(LAYLA, "3lmqa2fffff2f"), "cid": CID, "author": LAYLA, "value": quoted5, "labels": [],
        "likeCount": 11, "replyCount": 2, "repostCount": 4, "quoteCount": 1, "indexedAt": "2025-04-12T06:00:01Z", "embeds": []}})
# 6 record missing createdAt
p6 = view(REZA, "3lmqa2ggggg2g", {"$type": "app.bsky.feed.post", "text": "no date here", "langs": ["en"]},
    indexed="2025-04-12T13:00:00Z")
# 7 images + recordWithMedia quote, no langs
t7 = "Photos from outside the venue"
p7 = view(REZA, "3lmqa2hhhhh2h", record(t7, "2025-04-12T14:00:00Z", None,
    embed={"$type": "app.bsky.embed.recordWithMedia",
           "record": {"$type": "app.bsky.embed.record", "record": {"uri": uri(ALICE, "3lmqa2aaaaa2a"), "cid": CID}},
           "media": {"$type": "app.bsky.embed.images", "images": [
               {"alt": "crowd", "image": {"$type": "blob", "ref": {"$link": IMG}, "mimeType": "image/jpeg", "size": 512000},
                "aspectRatio": {"width": 4, "height": 3}}]}}))

feed = {"feed": [
    {"post": p1},
    {"post": p2},
    {"post": p3, "reason": reason3},
    {"post": p4, "reply": {"root": view(REZA, "3lmqa2zzzzz2z", record("Thread: relief?", "2025-04-12T10:40:00Z", ["en"])), "parent": parent4}},
    {"post": p5},
    {"post": p6},
    {"post": p7},
], "cursor": "2025-04-12T09:15:30.12Z"}
json.dump(feed, open("author_feed.json", "w"), ensure_ascii=False, indent=2)

search = {"cursor": "25", "hitsTotal": 2, "posts": [p2, p5]}
json.dump(search, open("search_posts.json", "w"), ensure_ascii=False, indent=2)

# NDJSON: two compact getTimeline pages; a repost reason without uri; and one page that is a bare array
reason_no_uri = {"$type": "app.bsky.feed.defs#reasonRepost", "by": REZA, "indexedAt": "2025-04-12T15:00:00Z"}
pin = {"$type": "app.bsky.feed.defs#reasonPin"}
lines = [
    json.dumps({"feed": [{"post": p1, "reason": reason_no_uri}, {"post": p4}], "cursor": "a"}, ensure_ascii=False),
    json.dumps({"feed": [{"post": p2, "reason": pin}, {"nope": 1}], "cursor": "b"}, ensure_ascii=False),
    json.dumps({"posts": [p7]}, ensure_ascii=False),
]
open("pages.ndjson", "w").write("\n".join(lines) + "\n")

# Jetstream
def ev(did, time_us, op, coll, rkey, rec=None):
    c = {"rev": "3lmqb" + rkey[5:13], "operation": op, "collection": coll, "rkey": rkey}
    if rec is not None:
        c["record"] = rec; c["cid"] = CID
    return {"did": did, "time_us": time_us, "kind": "commit", "commit": c}
js = [
    ev(ALICE["did"], 1744449330120000, "create", "app.bsky.feed.post", "3lmqa2aaaaa2a", p1["record"]),
    ev(ALICE["did"], 1744452000000000, "create", "app.bsky.feed.post", "3lmqa2bbbbb2b", p2["record"]),
    ev(REZA["did"], 1744452100000000, "create", "app.bsky.feed.like", "3lmqa2lllll2l",
       {"$type": "app.bsky.feed.like", "subject": {"uri": uri(ALICE, "3lmqa2bbbbb2b"), "cid": CID}, "createdAt": "2025-04-12T10:01:40Z"}),
    {"did": REZA["did"], "time_us": 1744452200000000, "kind": "identity",
     "identity": {"did": REZA["did"], "handle": "reza.bsky.social", "seq": 1409752997, "time": "2025-04-12T10:03:20Z"}},
    {"did": NOA["did"], "time_us": 1744452300000000, "kind": "account",
     "account": {"active": True, "did": NOA["did"], "seq": 1409753013, "time": "2025-04-12T10:05:00Z"}},
    ev(ALICE["did"], 1744453800000000, "create", "app.bsky.feed.post", "3lmqa2ddddd2d", p4["record"]),
    ev(ALICE["did"], 1744454000000000, "update", "app.bsky.feed.post", "3lmqa2bbbbb2b",
       dict(p2["record"], text=p2["record"]["text"] + "!")),
    ev(ALICE["did"], 1744454100000000, "delete", "app.bsky.feed.post", "3lmqa2ddddd2d"),
    ev(ALICE["did"], 1744454200000000, "create", "app.bsky.feed.repost", "3lmqa2rrrrr2r",
       {"$type": "app.bsky.feed.repost", "subject": {"uri": uri(NOA, "3lmqa2ccccc2c"), "cid": CID}, "createdAt": "2025-04-12T10:30:00.000Z"}),
    ev(REZA["did"], 1744466400000000, "create", "app.bsky.feed.post", "3lmqa2hhhhh2h", p7["record"]),
    ev(REZA["did"], 1744466500000000, "create", "app.bsky.feed.post", "3lmqa2ggggg2g", p6["record"]),
    ev(REZA["did"], 1744466600000000, "create", "app.bsky.graph.follow", "3lmqa2ooooo2o",
       {"$type": "app.bsky.graph.follow", "subject": ALICE["did"], "createdAt": "2025-04-12T14:03:20Z"}),
]
jl = [json.dumps(e, ensure_ascii=False, separators=(",", ":")) for e in js]
jl.insert(11, '{"did":"did:plc:rezarezarezarezarezareza","time_us":17444665')
open("../bluesky-jetstream/events.ndjson", "w").write("\n".join(jl) + "\n")
