x-archive
window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910986245534647049"
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
            "text" : "IranTalks",
            "indices" : [
              "0",
              "1"
            ]
          },
          {
            "text" : "diplomacy",
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
            "url" : "https://t.co/R3adL1st",
            "expanded_url" : "https://www.example-think.org/reading-list/iran-talks/?utm_source=twitter&utm_campaign=muscat&lang=en",
            "display_url" : "www.example-think.org/read…",
            "indices" : [
              "0",
              "1"
            ]
          }
        ],
        "media" : [
          {
            "expanded_url" : "https://x.com/policy_owner/status/1910986245534647049/photo/1",
            "indices" : [
              "120",
              "143"
            ],
            "url" : "https://t.co/Ph0t0Arc1",
            "media_url" : "http://pbs.twimg.com/media/GoArchivePhoto1.jpg",
            "id_str" : "1910986000000000001",
            "id" : "1910986000000000001",
            "media_url_https" : "https://pbs.twimg.com/media/GoArchivePhoto1.jpg",
            "sizes" : {},
            "type" : "photo",
            "display_url" : "pic.x.com/Ph0t0Arc1"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "154"
      ],
      "favorite_count" : "12",
      "id_str" : "1910986245534647049",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1910986245534647049",
      "created_at" : "Sat Apr 12 09:20:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Day one of the Muscat talks: our reading list on sanctions relief and enrichment limits https://t.co/R3adL1st #IranTalks #diplomacy https://t.co/Ph0t0Arc1",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/policy_owner/status/1910986245534647049/photo/1",
            "indices" : [
              "120",
              "143"
            ],
            "url" : "https://t.co/Ph0t0Arc1",
            "media_url" : "http://pbs.twimg.com/media/GoArchivePhoto1.jpg",
            "id_str" : "1910986000000000001",
            "id" : "1910986000000000001",
            "media_url_https" : "https://pbs.twimg.com/media/GoArchivePhoto1.jpg",
            "sizes" : {},
            "type" : "photo",
            "display_url" : "pic.x.com/Ph0t0Arc1"
          },
          {
            "expanded_url" : "https://x.com/policy_owner/status/1910986245534647049/photo/1",
            "indices" : [
              "120",
              "143"
            ],
            "url" : "https://t.co/Ph0t0Arc1",
            "media_url" : "http://pbs.twimg.com/media/GoArchivePhoto1.jpg",
            "id_str" : "1910986000000000002",
            "id" : "1910986000000000001",
            "media_url_https" : "https://pbs.twimg.com/media/GoArchivePhoto2.jpg",
            "sizes" : {},
            "type" : "photo",
            "display_url" : "pic.x.com/Ph0t0Arc1"
          }
        ]
      },
      "possibly_sensitive" : false
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910996311864247049"
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
            "text" : "نه_به_مذاکره",
            "indices" : [
              "0",
              "1"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "ناظر تهران",
            "screen_name" : "tehran_observer",
            "indices" : [
              "0",
              "1"
            ],
            "id_str" : "2847561029",
            "id" : "2847561029"
          }
        ],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/tehran_observer/status/1910966662329271506/photo/1",
            "indices" : [
              "120",
              "143"
            ],
            "url" : "https://t.co/Ph0t0Arc1",
            "media_url" : "http://pbs.twimg.com/media/GoArchivePhoto1.jpg",
            "id_str" : "1910986000000000001",
            "id" : "1910986000000000001",
            "media_url_https" : "https://pbs.twimg.com/media/GoTehranOriginal.jpg",
            "sizes" : {},
            "type" : "photo",
            "display_url" : "pic.x.com/Ph0t0Arc1",
            "source_status_id_str" : "1910966662329271506",
            "source_status_id" : "1910966662329271506",
            "source_user_id_str" : "2847561029",
            "source_user_id" : "2847561029"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "136"
      ],
      "favorite_count" : "0",
      "id_str" : "1910996311864247049",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1910996311864247049",
      "created_at" : "Sat Apr 12 10:00:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @tehran_observer: مذاکرات غیرمستقیم در مسقط آغاز شد؛ هیچ توافقی بدون لغو تحریم‌ها پذیرفتنی نیست. #نه_به_مذاکره https://t.co/Ph0t0Tehr",
      "lang" : "fa",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/tehran_observer/status/1910966662329271506/photo/1",
            "indices" : [
              "120",
              "143"
            ],
            "url" : "https://t.co/Ph0t0Arc1",
            "media_url" : "http://pbs.twimg.com/media/GoArchivePhoto1.jpg",
            "id_str" : "1910986000000000001",
            "id" : "1910986000000000001",
            "media_url_https" : "https://pbs.twimg.com/media/GoTehranOriginal.jpg",
            "sizes" : {},
            "type" : "photo",
            "display_url" : "pic.x.com/Ph0t0Arc1",
            "source_status_id_str" : "1910966662329271506",
            "source_status_id" : "1910966662329271506",
            "source_user_id_str" : "2847561029",
            "source_user_id" : "2847561029"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1911003861611447049"
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
            "text" : "مفاوضات_مسقط",
            "indices" : [
              "0",
              "1"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "محلل الخليج",
            "screen_name" : "gulf_analyst",
            "indices" : [
              "0",
              "1"
            ],
            "id_str" : "1345678901234567890",
            "id" : "1345678901234567890"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "0",
      "id_str" : "1911003861611447049",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1911003861611447049",
      "created_at" : "Sat Apr 12 10:30:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @gulf_analyst: لا تفاؤل مفرط: الجولة الأولى إجرائية فقط. #مفاوضات_مسقط",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1911015186232247049"
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
            "name" : "محلل الخليج",
            "screen_name" : "gulf_analyst",
            "indices" : [
              "0",
              "1"
            ],
            "id_str" : "1345678901234567890",
            "id" : "1345678901234567890"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "2",
      "id_str" : "1911015186232247049",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1911015186232247049",
      "created_at" : "Sat Apr 12 11:15:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@gulf_analyst شكراً على التحليل. هل تتوقع بياناً مشتركاً بعد الجولة الثانية؟",
      "lang" : "ar",
      "in_reply_to_status_id_str" : "1911012795478967506",
      "in_reply_to_status_id" : "1911012795478967506",
      "in_reply_to_user_id" : "1345678901234567890",
      "in_reply_to_user_id_str" : "1345678901234567890",
      "in_reply_to_screen_name" : "gulf_analyst"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1911026510853047049",
          "editControlInitial" : {
            "editTweetIds" : [
              "1911026510853047049",
              "1911028398289847049"
            ],
            "editableUntil" : "2025-04-12T13:00:00.000Z",
            "editsRemaining" : "4",
            "isEditEligible" : true
          }
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "IranTalks",
            "indices" : [
              "0",
              "1"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "7",
      "id_str" : "1911028398289847049",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1911028398289847049",
      "created_at" : "Sat Apr 12 12:07:30 +0000 2025",
      "favorited" : false,
      "full_text" : "Edit: the second round will be held in Rome on April 19, not in Muscat. #IranTalks",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1911034060600247049"
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
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "48"
      ],
      "favorite_count" : "0",
      "id_str" : "1911034060600247049",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1911034060600247049",
      "created_at" : "2025-13-45 99:99",
      "favorited" : false,
      "full_text" : "A post whose date was mangled by an export tool.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1911041610347447049"
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
            "text" : "שיחות_הגרעין",
            "indices" : [
              "0",
              "1"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "1",
      "id_str" : "1911041610347447049",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1911041610347447049",
      "created_at" : "Sat Apr 12 13:00:00 +0000 2025",
      "favorited" : false,
      "full_text" : "#שיחות_הגרעין https://t.co/Ph0t0He",
      "lang" : "qme"
    }
  }
]
