tweet.js
window.YTD.tweet.part0 = [
  {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [
        {
          "text" : "JCPOA",
          "indices" : [
            "0",
            "1"
          ]
        }
      ],
      "symbols" : [],
      "user_mentions" : [],
      "urls" : [
        {
          "url" : "https://t.co/Jcp0A",
          "expanded_url" : "https://example-news.org/2019/05/08/jcpoa-anniversary?utm_source=dlvr.it&utm_medium=twitter",
          "display_url" : "example-news.org/2019/05/0…",
          "indices" : [
            "0",
            "1"
          ]
        }
      ]
    },
    "display_text_range" : [
      "0",
      "114"
    ],
    "favorite_count" : "4",
    "id_str" : "1126125398258615049",
    "truncated" : false,
    "retweet_count" : "2",
    "id" : "1126125398258615049",
    "created_at" : "Wed May 08 14:03:12 +0000 2019",
    "favorited" : false,
    "full_text" : "A year after the U.S. left the JCPOA, Iran announces it will stop honouring some limits. https://t.co/Jcp0A #JCPOA",
    "lang" : "en"
  },
  {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [],
      "symbols" : [],
      "user_mentions" : [
        {
          "name" : "DC Diplomacy Notes",
          "screen_name" : "dc_diplomacy",
          "indices" : [
            "0",
            "1"
          ],
          "id_str" : "1600000000000000042",
          "id" : "1600000000000000042"
        }
      ],
      "urls" : []
    },
    "display_text_range" : [
      "0",
      "62"
    ],
    "favorite_count" : "0",
    "id_str" : "1126116227330359296",
    "truncated" : false,
    "retweet_count" : "9",
    "id" : "1126116227330359296",
    "created_at" : "Wed May 08 15:00:00 +0000 2019",
    "favorited" : false,
    "full_text" : "RT @dc_diplomacy: Statement expected from the E3 this evening.",
    "lang" : "en"
  }
]
