x-archive
window.YTD.tweets.part1 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1913633690219447049"
          ],
          "editableUntil" : "2025-04-12T10:15:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RomeTalks",
            "indices" : [
              "0",
              "1"
            ]
          }
        ],
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
        "77"
      ],
      "favorite_count" : "20",
      "id_str" : "1913633690219447049",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1913633690219447049",
      "created_at" : "Sat Apr 19 16:40:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Round two under way in Rome. Follow @dc_diplomacy for the readout. #RomeTalks",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1913653822878647049"
          ],
          "editableUntil" : "2025-04-12T10:15:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "דסק ירושלים",
            "screen_name" : "jerusalem_desk",
            "indices" : [
              "0",
              "1"
            ],
            "id_str" : "987654321",
            "id" : "987654321"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "44"
      ],
      "favorite_count" : "0",
      "id_str" : "1913653822878647049",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1913653822878647049",
      "created_at" : "Sat Apr 19 18:00:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@jerusalem_desk תודה, תיקנו את התאריך בכתבה.",
      "lang" : "iw",
      "in_reply_to_status_id_str" : "1913629915345847506",
      "in_reply_to_screen_name" : "jerusalem_desk",
      "in_reply_to_user_id_str" : "987654321"
    }
  }
]
