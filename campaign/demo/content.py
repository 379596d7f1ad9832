"""Demo campaign content in five languages, written from the launch press coverage."""

T = dict[str, str]

LANGUAGE_SUFFIXES = ("en", "zh_hans", "ja", "ko", "en_gb")

# The five markets, in the order they appear in the market switcher.
MARKETS = [
    {
        "code": "cn",
        "name": {
            "en": "China",
            "zh_hans": "中国",
            "ja": "中国",
            "ko": "중국",
            "en_gb": "China",
        },
        "language": "zh-hans",
        "url_prefix": "cn",
        "time_zone": "Asia/Shanghai",
        "fallback_policy": "source",
        "sort_order": 1,
    },
    {
        "code": "jp",
        "name": {
            "en": "Japan",
            "zh_hans": "日本",
            "ja": "日本",
            "ko": "일본",
            "en_gb": "Japan",
        },
        "language": "ja",
        "url_prefix": "jp",
        "time_zone": "Asia/Tokyo",
        "fallback_policy": "source",
        "sort_order": 2,
    },
    {
        "code": "kr",
        "name": {
            "en": "Korea",
            "zh_hans": "韩国",
            "ja": "韓国",
            "ko": "한국",
            "en_gb": "Korea",
        },
        "language": "ko",
        "url_prefix": "kr",
        "time_zone": "Asia/Seoul",
        "fallback_policy": "hide",
        "sort_order": 3,
    },
    {
        "code": "us",
        "name": {
            "en": "United States",
            "zh_hans": "美国",
            "ja": "アメリカ",
            "ko": "미국",
            "en_gb": "United States",
        },
        "language": "en",
        "url_prefix": "us",
        "time_zone": "America/New_York",
        "fallback_policy": "source",
        "sort_order": 4,
    },
    {
        "code": "uk",
        "name": {
            "en": "United Kingdom",
            "zh_hans": "英国",
            "ja": "イギリス",
            "ko": "영국",
            "en_gb": "United Kingdom",
        },
        "language": "en-gb",
        "url_prefix": "uk",
        "time_zone": "Europe/London",
        "fallback_policy": "source",
        "sort_order": 5,
    },
]

# The campaign home page (site root). It keeps the same slug in every language.
HOME = {
    "title": {
        "en": "To the Greatness of Small",
        "zh_hans": "致敬小的伟大",
        "ja": "小さなものの偉大さへ",
        "ko": "작은 것의 위대함을 위하여",
        "en_gb": "To the Greatness of Small",
    },
    "slug": {
        "en": "home",
        "zh_hans": "home",
        "ja": "home",
        "ko": "home",
        "en_gb": "home",
    },
    "seo_description": {
        "en": (
            "A campaign for the 2018 Winter Games that celebrates the underdog: a manifesto film, "
            "true Olympic stories and the voices behind them, in five markets."
        ),
        "zh_hans": (
            "为2018年冬奥会推出的品牌活动，致敬每一个以小博大的人：一部宣言影片、真实的奥运故事，"
            "以及背后的声音，覆盖五个市场。"
        ),
        "ja": (
            "2018年冬季オリンピックに向けたキャンペーン。宣言映像とオリンピックの実話、"
            "そしてその声を通じて、小さな存在の大きな力をたたえます。"
        ),
        "ko": (
            "2018년 동계올림픽을 앞두고 선보인 캠페인. 선언 영상과 올림픽 실화, 그리고 그 뒤의 "
            "목소리로 작은 것의 위대함을 기립니다."
        ),
        "en_gb": (
            "A campaign for the 2018 Winter Games that celebrates the underdog: a manifesto film, "
            "true Olympic stories and the voices behind them, in five markets."
        ),
    },
    "hero_heading": {
        "en": "Every great story starts small.",
        "zh_hans": "每一个伟大的故事，都从小开始。",
        "ja": "偉大な物語は、いつも小さなことから始まる。",
        "ko": "모든 위대한 이야기는 작은 것에서 시작됩니다.",
        "en_gb": "Every great story starts small.",
    },
    "intro": {
        "en": (
            "<p>In the run-up to the PyeongChang 2018 Olympic Winter Games, Alibaba Group launched "
            "its first campaign as a worldwide Olympic partner. Instead of celebrating size, it "
            "honors the underdog: the small team, the small country, the small decision that "
            "changes everything.</p>"
            "<p>Watch the <i>Manifesto</i> film, meet the athletes behind the story films and read "
            "what the people who made the campaign had to say.</p>"
        ),
        "zh_hans": (
            "<p>在平昌2018年冬奥会开幕前夕，阿里巴巴集团作为奥林匹克全球合作伙伴，"
            "推出了首个奥运品牌活动。它不歌颂庞大，而是致敬那些以小博大的人：小小的球队、"
            "小小的国家，以及改变一切的小小决定。</p>"
            "<p>观看《宣言》影片，认识故事片背后的运动员，听听打造这场活动的人怎么说。</p>"
        ),
        "ja": (
            "<p>平昌2018冬季オリンピックの開幕を前に、アリババグループはオリンピックのワールドワイ"
            "ドパートナーとして初めてのキャンペーンを発表しました。たたえるのは大きさではなく、"
            "挑戦者たち。小さなチーム、小さな国、そしてすべてを変える小さな決断です。</p>"
            "<p>映像『マニフェスト』を観て、ストーリー映像に登場するアスリートたちに出会い、"
            "キャンペーンをつくった人々の言葉に触れてください。</p>"
        ),
        "ko": (
            "<p>평창 2018 동계올림픽 개막을 앞두고 알리바바그룹은 올림픽 월드와이드 파트너로서 첫 "
            "캠페인을 선보였습니다. 이 캠페인이 기리는 것은 크기가 아니라 언더독입니다. 작은 팀, "
            "작은 나라, 그리고 모든 것을 바꾸는 작은 결정이 그 주인공입니다.</p>"
            "<p>영상 〈매니페스토〉를 보고, 스토리 영상 속 선수들을 만나고, 캠페인을 만든 사람들의 "
            "이야기를 들어 보세요.</p>"
        ),
        "en_gb": (
            "<p>In the run-up to the PyeongChang 2018 Olympic Winter Games, Alibaba Group launched "
            "its first campaign as a worldwide Olympic partner. Instead of celebrating size, it "
            "honours the underdog: the small team, the small country, the small decision that "
            "changes everything.</p>"
            "<p>Watch the <i>Manifesto</i> film, meet the athletes behind the story films and read "
            "what the people who made the campaign had to say.</p>"
        ),
    },
    "manifesto": [
        {
            "en": "Small can be measured, but it can never be ignored.",
            "zh_hans": "小，可以被计算，但绝不能被忽视。",
            "ja": "小ささは数えられる。でも、見過ごすことはできない。",
            "ko": "작은 것은 셀 수 있지만, 결코 외면할 수는 없습니다.",
            "en_gb": "Small can be measured, but it can never be ignored.",
        },
        {
            "en": "A small frame can hold a giant's strength.",
            "zh_hans": "小小的身躯，也能蕴藏巨人的力量。",
            "ja": "小さな体にも、巨人のような力が宿る。",
            "ko": "작은 몸에도 거인의 힘이 깃들 수 있습니다.",
            "en_gb": "A small frame can hold a giant's strength.",
        },
        {
            "en": "One small gesture can reach millions of people.",
            "zh_hans": "一个小小的举动，可以打动千千万万的人。",
            "ja": "ひとつの小さな行動が、何百万もの人の心に届く。",
            "ko": "작은 행동 하나가 수많은 사람의 마음에 닿습니다.",
            "en_gb": "One small gesture can reach millions of people.",
        },
        {
            "en": "One small step forward can set a new record.",
            "zh_hans": "向前一小步，就可能刷新纪录。",
            "ja": "小さな一歩が、新しい記録を生む。",
            "ko": "작은 한 걸음이 새로운 기록을 만듭니다.",
            "en_gb": "One small step forward can set a new record.",
        },
        {
            "en": "A story from a small country can move the whole world.",
            "zh_hans": "一个小国的故事，可以感动整个世界。",
            "ja": "小さな国の物語が、世界じゅうの心を動かす。",
            "ko": "작은 나라의 이야기가 온 세상을 움직입니다.",
            "en_gb": "A story from a small country can move the whole world.",
        },
        {
            "en": "When the Games begin, every athlete starts as an equal.",
            "zh_hans": "比赛开始之前，每一位运动员都站在同一起跑线上。",
            "ja": "大会が始まるとき、すべてのアスリートは対等だ。",
            "ko": "경기가 시작될 때, 모든 선수는 같은 출발선에 섭니다.",
            "en_gb": "When the Games begin, every athlete starts as an equal.",
        },
        {
            "en": "From one to billions, small things add up to something great.",
            "zh_hans": "从一到数十亿，点滴之小，汇成伟大。",
            "ja": "ひとりから何十億人へ。小さな力が、大きな力になる。",
            "ko": "한 사람에서 수십억 명으로, 작은 것이 모여 위대함이 됩니다.",
            "en_gb": "From one to billions, small things add up to something great.",
        },
        {
            "en": "To the greatness of small.",
            "zh_hans": "致敬小的伟大。",
            "ja": "小さなものの偉大さへ。",
            "ko": "작은 것의 위대함을 위하여.",
            "en_gb": "To the greatness of small.",
        },
    ],
    "hero_film": "manifesto",
}

# Index page listing the campaign films.
FILM_INDEX = {
    "title": {
        "en": "Films",
        "zh_hans": "影片",
        "ja": "映像",
        "ko": "영상",
        "en_gb": "Films",
    },
    "slug": {
        "en": "films",
        "zh_hans": "影片",
        "ja": "映像",
        "ko": "영상",
        "en_gb": "films",
    },
    "intro": {
        "en": (
            "Three short films about the power of small: the Manifesto hero spot and two true "
            "stories, one from Nairobi and one from the Amsterdam Games of 1928."
        ),
        "zh_hans": (
            "三部关于“小的力量”的短片：主打影片《宣言》，以及两个真实故事，一个来自内罗毕，"
            "一个来自1928年阿姆斯特丹奥运会。"
        ),
        "ja": (
            "「小さな力」をめぐる3本の短編映像。メイン映像『マニフェスト』と、ナイロビ、"
            "そして1928年のアムステルダム大会から生まれた2つの実話です。"
        ),
        "ko": (
            "작은 것의 힘을 담은 세 편의 짧은 영상. 메인 영상 〈매니페스토〉와 나이로비, 그리고 "
            "1928년 암스테르담 올림픽에서 온 두 편의 실화입니다."
        ),
        "en_gb": (
            "Three short films about the power of small: the Manifesto hero spot and two true "
            "stories, one from Nairobi and one from the Amsterdam Games of 1928."
        ),
    },
}

# Index page listing the athlete stories.
STORY_INDEX = {
    "title": {
        "en": "Athlete stories",
        "zh_hans": "运动员故事",
        "ja": "アスリートの物語",
        "ko": "선수 이야기",
        "en_gb": "Athlete stories",
    },
    "slug": {
        "en": "stories",
        "zh_hans": "运动员故事",
        "ja": "物語",
        "ko": "선수-이야기",
        "en_gb": "stories",
    },
    "intro": {
        "en": (
            "Underdogs who went further than anyone expected, from a rower who stopped for ducks "
            "to athletes who took winter sport to new places."
        ),
        "zh_hans": (
            "那些走得比所有人预想都远的小人物：从为鸭子停桨的赛艇手，到把冬季运动带到新地方的运动员"
            "。"
        ),
        "ja": (
            "誰もの予想を超えて進んだ挑戦者たち。カモのために漕ぐ手を止めたボート選手から、"
            "ウィンタースポーツを新しい土地へ届けたアスリートまで。"
        ),
        "ko": (
            "누구의 예상보다 멀리 나아간 언더독들. 오리를 위해 노를 멈춘 조정 선수부터, 겨울 "
            "스포츠를 새로운 곳으로 가져간 선수들까지."
        ),
        "en_gb": (
            "Underdogs who went further than anyone expected, from a rower who stopped for ducks "
            "to athletes who took winter sport to new places."
        ),
    },
}

# The three launch films. Only Manifesto airs on TV, and only in China.
FILMS = [
    {
        "key": "manifesto",
        "title": {
            "en": "Manifesto",
            "zh_hans": "宣言",
            "ja": "マニフェスト",
            "ko": "매니페스토",
            "en_gb": "Manifesto",
        },
        "slug": {
            "en": "manifesto",
            "zh_hans": "宣言",
            "ja": "マニフェスト",
            "ko": "매니페스토",
            "en_gb": "manifesto",
        },
        "logline": {
            "en": (
                "A montage of athletes in small, decisive moments makes the case that every "
                "action, whatever its size, can make a great difference."
            ),
            "zh_hans": (
                "一组运动员在训练与比赛中的小小瞬间，讲述一个道理：无论多小的行动，"
                "都能带来巨大的改变。"
            ),
            "ja": (
                "練習や競技の中の小さな瞬間をつなぎ、どんなに小さな行動でも大きな違いを生み出せるこ"
                "とを描く映像。"
            ),
            "ko": (
                "훈련과 경기 속 작은 순간들을 엮어, 아무리 작은 행동이라도 큰 변화를 만들 수 "
                "있음을 보여 주는 영상."
            ),
            "en_gb": (
                "A montage of athletes in small, decisive moments makes the case that every "
                "action, whatever its size, can make a great difference."
            ),
        },
        "description": {
            "en": (
                "<p>The hero film of the campaign opens with four numbers about being small, then "
                "cuts between athletes in training and competition: an undersized hockey player "
                "flattening a much bigger opponent, a boxer who hits far harder than she looks.</p>"
                "<p>It is the only spot in the campaign made for television. It airs on TV in "
                "China only, and runs online and on social media in every market.</p>"
            ),
            "zh_hans": (
                "<p>这部主打影片以四个关于“小”的数字开场，随后在训练与赛场之间切换："
                "身材矮小的冰球运动员撞倒了高大得多的对手，娇小的女拳击手出拳却势大力沉。</p>"
                "<p>它是整个活动中唯一为电视制作的影片，仅在中国的电视上播出，"
                "同时在所有市场的网络和社交媒体上发布。</p>"
            ),
            "ja": (
                "<p>キャンペーンのメイン映像は、「小ささ」にまつわる4つの数字で始まり、"
                "練習と試合の場面を行き来します。小柄なホッケー選手がはるかに大きな相手を倒し、"
                "小柄な女性ボクサーが見た目からは想像できないほど力強いパンチを繰り出します。</p>"
                "<p>テレビ向けに制作されたのはこの1本だけで、テレビ放映は中国のみ。"
                "すべての市場でオンラインとソーシャルメディアでも公開されています。</p>"
            ),
            "ko": (
                "<p>캠페인의 메인 영상은 '작음'에 관한 네 가지 숫자로 시작해 훈련과 경기 장면을 "
                "오갑니다. 체구가 작은 하키 선수가 훨씬 큰 상대를 쓰러뜨리고, 작은 여자 복서가 "
                "겉모습과 달리 매서운 펀치를 날립니다.</p>"
                "<p>캠페인에서 유일하게 TV용으로 제작된 영상으로, TV 방영은 중국에서만 이루어지며 "
                "모든 시장에서 온라인과 소셜 미디어로 공개됩니다.</p>"
            ),
            "en_gb": (
                "<p>The hero film of the campaign opens with four numbers about being small, then "
                "cuts between athletes in training and competition: an undersized hockey player "
                "flattening a much bigger opponent, a boxer who hits far harder than she looks.</p>"
                "<p>It is the only spot in the campaign made for television. It airs on TV in "
                "China only, and runs online and on social media in every market.</p>"
            ),
        },
        "agency": {
            "en": "BBDO / Proximity China",
            "zh_hans": "BBDO 与 Proximity China",
            "ja": "BBDO・Proximity China",
            "ko": "BBDO·Proximity China",
            "en_gb": "BBDO / Proximity China",
        },
        "director": {
            "en": "Directed for BBDO",
            "zh_hans": "BBDO 制作团队执导",
            "ja": "BBDO制作チームによる演出",
            "ko": "BBDO 제작팀 연출",
            "en_gb": "Directed for BBDO",
        },
        "duration_seconds": 60,
        "release_date": "2018-01-25",
        "markets": None,
        "runs": [["cn", "tv"], [None, "online"], [None, "social"]],
        "poster_colours": ("#FF6A00", "#2B1055"),
        "transcript": {
            "en": (
                "Four numbers fill the screen, one after another, each about being small.\n"
                "Narrator: Small can be measured, but it can never be ignored.\n"
                "A slight hockey player sends a much bigger rival crashing into the boards.\n"
                "Narrator: A small gesture can reach millions; a small step can set a record.\n"
                "A young boxer throws punch after punch, far stronger than she looks.\n"
                "Narrator: From one to billions, everyone is making a difference.\n"
                "End line: To the greatness of small."
            ),
            "zh_hans": (
                "屏幕上依次出现四个关于“小”的数字。\n"
                "旁白：小，可以被计算，但绝不能被忽视。\n"
                "一名瘦小的冰球运动员把高大得多的对手撞向挡板。\n"
                "旁白：一个小举动能打动千万人，一小步也能刷新纪录。\n"
                "一位年轻的女拳击手连续出拳，力量远超她的身形。\n"
                "旁白：从一到数十亿，每个人都在创造改变。\n"
                "结尾字幕：致敬小的伟大。"
            ),
            "ja": (
                "「小ささ」にまつわる4つの数字が、次々と画面に映し出される。\n"
                "ナレーション：小ささは数えられる。でも、見過ごすことはできない。\n"
                "小柄なホッケー選手が、はるかに大きな相手をフェンスに押し込む。\n"
                "ナレーション：小さな行動は何百万もの人に届き、小さな一歩は記録を塗り替える。\n"
                "若い女性ボクサーが、見た目からは想像できない力でパンチを繰り出す。\n"
                "ナレーション：ひとりから何十億人へ。誰もが違いを生み出している。\n"
                "エンドコピー：小さなものの偉大さへ。"
            ),
            "ko": (
                "'작음'에 관한 네 개의 숫자가 차례로 화면을 채운다.\n"
                "내레이션: 작은 것은 셀 수 있지만, 결코 외면할 수는 없다.\n"
                "몸집이 작은 하키 선수가 훨씬 큰 상대를 펜스로 밀어붙인다.\n"
                "내레이션: 작은 행동은 수많은 사람에게 닿고, 작은 한 걸음은 기록을 바꾼다.\n"
                "젊은 여자 복서가 겉모습과 달리 묵직한 펀치를 연달아 날린다.\n"
                "내레이션: 한 사람에서 수십억 명까지, 모두가 변화를 만들고 있다.\n"
                "엔딩 카피: 작은 것의 위대함을 위하여."
            ),
            "en_gb": (
                "Four numbers fill the screen, one after another, each about being small.\n"
                "Narrator: Small can be measured, but it can never be ignored.\n"
                "A slight hockey player sends a much bigger rival crashing into the boards.\n"
                "Narrator: A small gesture can reach millions; a small step can set a record.\n"
                "A young boxer throws punch after punch, far stronger than she looks.\n"
                "Narrator: From one to billions, everyone is making a difference.\n"
                "End line: To the greatness of small."
            ),
        },
    },
    {
        "key": "kenya-ice-hockey",
        "title": {
            "en": "Kenya's Ice Hockey Dream",
            "zh_hans": "肯尼亚的冰球梦",
            "ja": "ケニア、アイスホッケーの夢",
            "ko": "케냐의 아이스하키 꿈",
            "en_gb": "Kenya's Ice Hockey Dream",
        },
        "slug": {
            "en": "kenya-ice-hockey",
            "zh_hans": "肯尼亚冰球",
            "ja": "ケニア-アイスホッケー",
            "ko": "케냐-아이스하키",
            "en_gb": "kenya-ice-hockey",
        },
        "logline": {
            "en": (
                "Players from Nairobi who learned the game on a tiny rink get their chance on a "
                "full-size professional rink."
            ),
            "zh_hans": "在内罗毕一块小冰场上学会打冰球的球员们，终于站上了标准尺寸的职业冰场。",
            "ja": (
                "ナイロビの小さなリンクでホッケーを覚えた選手たちが、正規サイズのプロ用リンクに立つ"
                "。"
            ),
            "ko": "나이로비의 작은 링크에서 하키를 배운 선수들이 정규 규격의 프로 링크에 선다.",
            "en_gb": (
                "Players from Nairobi who learned the game on a tiny rink get their chance on a "
                "full-size professional rink."
            ),
        },
        "description": {
            "en": (
                "<p>Ice hockey is not a sport anyone expects to find in Kenya. This film follows a "
                "small group of players who built a team anyway, practicing on a rink far smaller "
                "than regulation size.</p>"
                "<p>For the shoot in South Africa, the crew brought five of the players onto a "
                "full-size rink. Offered a tour of the country afterward, they asked for something "
                "else: more time on the ice.</p>"
            ),
            "zh_hans": (
                "<p>在肯尼亚，几乎没有人会想到冰球。这部影片讲述一小群球员的故事："
                "他们在一块远小于标准尺寸的冰场上练习，硬是组建起了一支球队。</p>"
                "<p>在南非拍摄期间，摄制组邀请其中五名球员登上标准冰场。拍摄结束后，"
                "他们受邀游览南非，却提出了另一个请求：在冰上再多待一会儿。</p>"
            ),
            "ja": (
                "<p>ケニアでアイスホッケーを思い浮かべる人はほとんどいません。この映像は、"
                "正規サイズよりずっと小さなリンクで練習を重ね、それでもチームをつくり上げた選手たち"
                "を追います。</p>"
                "<p>南アフリカでの撮影では、5人の選手が正規サイズのリンクに招かれました。"
                "撮影後に南アフリカ観光を提案されると、彼らが望んだのは別のこと。"
                "もう少しだけ氷の上にいることでした。</p>"
            ),
            "ko": (
                "<p>케냐에서 아이스하키를 떠올리는 사람은 거의 없습니다. 이 영상은 정규 규격보다 "
                "훨씬 작은 링크에서 연습하며 끝내 팀을 만들어 낸 선수들을 따라갑니다.</p>"
                "<p>남아프리카공화국 촬영 때 제작진은 선수 다섯 명을 정규 규격 링크로 "
                "초대했습니다. 촬영 후 남아공 여행을 제안받은 그들이 원한 것은 단 하나, 빙판 "
                "위에서 조금 더 머무는 것이었습니다.</p>"
            ),
            "en_gb": (
                "<p>Ice hockey is not a sport anyone expects to find in Kenya. This film follows a "
                "small group of players who built a team anyway, practising on a rink far smaller "
                "than regulation size.</p>"
                "<p>For the shoot in South Africa, the crew brought five of the players onto a "
                "full-size rink. Offered a tour of the country afterwards, they asked for "
                "something else: more time on the ice.</p>"
            ),
        },
        "agency": {
            "en": "BBDO / Proximity China",
            "zh_hans": "BBDO 与 Proximity China",
            "ja": "BBDO・Proximity China",
            "ko": "BBDO·Proximity China",
            "en_gb": "BBDO / Proximity China",
        },
        "director": {
            "en": "Directed for BBDO",
            "zh_hans": "BBDO 制作团队执导",
            "ja": "BBDO制作チームによる演出",
            "ko": "BBDO 제작팀 연출",
            "en_gb": "Directed for BBDO",
        },
        "duration_seconds": 90,
        "release_date": "2018-01-26",
        "markets": None,
        "runs": [[None, "online"], [None, "social"]],
        "poster_colours": ("#0B6E4F", "#CAE9FF"),
        "transcript": {
            "en": (
                "Nairobi. Players lace up their skates at a rink far smaller than regulation "
                "size.\n"
                "They learned the game from scratch, far from any hockey tradition.\n"
                "South Africa. Five of them skate out onto a full-size professional rink.\n"
                "When filming wraps, the crew offers them a tour of the country.\n"
                "The captain's answer: they would rather stay on this ice, if only for one more "
                "hour.\n"
                "End line: To the greatness of small."
            ),
            "zh_hans": (
                "内罗毕。球员们在一块远小于标准尺寸的冰场上系紧冰鞋。\n"
                "他们从零开始学习冰球，身边几乎没有这项运动的传统。\n"
                "南非。其中五人滑上了一块标准尺寸的职业冰场。\n"
                "拍摄结束后，摄制组提出带他们游览南非。\n"
                "队长的回答是：哪儿也不想去，只想留在这块冰上，哪怕只多一个小时。\n"
                "结尾字幕：致敬小的伟大。"
            ),
            "ja": (
                "ナイロビ。正規サイズよりずっと小さなリンクで、選手たちがスケート靴のひもを締める。"
                "\n"
                "ホッケーの伝統がほとんどない土地で、彼らはゼロから競技を学んだ。\n"
                "南アフリカ。そのうち5人が、正規サイズのプロ用リンクへ滑り出す。\n"
                "撮影が終わると、スタッフは南アフリカ観光に誘う。\n"
                "キャプテンの答えは、どこにも行かずにこの氷の上にいたい、あと1時間だけでも、"
                "というものだった。\n"
                "エンドコピー：小さなものの偉大さへ。"
            ),
            "ko": (
                "나이로비. 선수들이 정규 규격보다 훨씬 작은 링크에서 스케이트 끈을 조인다.\n"
                "하키의 전통이 거의 없는 곳에서 그들은 이 종목을 처음부터 배웠다.\n"
                "남아프리카공화국. 그중 다섯 명이 정규 규격의 프로 링크로 미끄러져 나간다.\n"
                "촬영이 끝나자 제작진은 남아공 여행을 제안한다.\n"
                "주장의 대답: 다른 곳은 가고 싶지 않다, 단 한 시간이라도 이 빙판에 더 머물고 "
                "싶다.\n"
                "엔딩 카피: 작은 것의 위대함을 위하여."
            ),
            "en_gb": (
                "Nairobi. Players lace up their skates at a rink far smaller than regulation "
                "size.\n"
                "They learned the game from scratch, far from any hockey tradition.\n"
                "South Africa. Five of them skate out onto a full-size professional rink.\n"
                "When filming wraps, the crew offers them a tour of the country.\n"
                "The captain's answer: they would rather stay on this ice, if only for one more "
                "hour.\n"
                "End line: To the greatness of small."
            ),
        },
    },
    {
        "key": "rower-and-ducks",
        "title": {
            "en": "The Rower and the Ducks",
            "zh_hans": "赛艇手与鸭子",
            "ja": "ボート選手とカモ",
            "ko": "조정 선수와 오리",
            "en_gb": "The Rower and the Ducks",
        },
        "slug": {
            "en": "rower-and-ducks",
            "zh_hans": "赛艇手与鸭子",
            "ja": "ボート選手とカモ",
            "ko": "조정-선수와-오리",
            "en_gb": "rower-and-ducks",
        },
        "logline": {
            "en": (
                "At the Amsterdam Games of 1928, an Australian sculler stops mid-race to let a "
                "family of ducks pass, and still wins."
            ),
            "zh_hans": (
                "1928年阿姆斯特丹奥运会上，一位澳大利亚单人双桨选手在比赛中途停下，让一群鸭子先过，"
                "最终依然赢得比赛。"
            ),
            "ja": (
                "1928年アムステルダム大会。オーストラリアのシングルスカル選手が、"
                "レースの途中でカモの親子を先に通し、それでも勝利をつかむ。"
            ),
            "ko": (
                "1928년 암스테르담 올림픽, 호주의 싱글스컬 선수가 경기 도중 오리 가족이 지나가도록 "
                "멈춰 서고도 승리를 거둔다."
            ),
            "en_gb": (
                "At the Amsterdam Games of 1928, an Australian sculler stops mid-race to let a "
                "family of ducks pass, and still wins."
            ),
        },
        "description": {
            "en": (
                "<p>Henry “Bobby” Pearce was racing in the quarter-final of the single sculls when "
                "a family of ducks swam into his lane. He stopped rowing and waited for them to "
                "cross.</p>"
                "<p>He still won the heat and went on to take the Olympic gold medal. The film "
                "retells that moment as a reminder that a small act of kindness costs less than we "
                "think.</p>"
            ),
            "zh_hans": (
                "<p>亨利·“鲍比”·皮尔斯正在进行单人双桨四分之一决赛时，一群鸭子游进了他的航道。"
                "他停下桨，等它们游过去。</p>"
                "<p>他依然赢下了这场比赛，并最终夺得奥运金牌。影片重现了这一刻，提醒我们："
                "一个善意的小举动，代价往往比想象中小得多。</p>"
            ),
            "ja": (
                "<p>ヘンリー・“ボビー”・ピアースがシングルスカルの準々決勝を漕いでいたとき、"
                "カモの親子が彼のレーンに入ってきました。彼は漕ぐのをやめ、カモたちが渡り終えるのを"
                "待ちました。</p>"
                "<p>それでも彼はそのレースに勝ち、オリンピックの金メダルを手にしました。"
                "映像はこの瞬間を描き、小さな思いやりの代償は思うほど大きくないことを伝えます。</p>"
            ),
            "ko": (
                "<p>헨리 '보비' 피어스가 싱글스컬 준준결승에서 노를 젓고 있을 때, 오리 가족이 그의 "
                "레인으로 들어왔습니다. 그는 노를 멈추고 오리들이 다 건너갈 때까지 "
                "기다렸습니다.</p>"
                "<p>그래도 그는 그 경기에서 이겼고, 결국 올림픽 금메달을 목에 걸었습니다. 영상은 "
                "이 순간을 되살려, 작은 배려의 대가가 생각만큼 크지 않다는 것을 보여 줍니다.</p>"
            ),
            "en_gb": (
                "<p>Henry “Bobby” Pearce was racing in the quarter-final of the single sculls when "
                "a family of ducks swam into his lane. He stopped rowing and waited for them to "
                "cross.</p>"
                "<p>He still won the heat and went on to take the Olympic gold medal. The film "
                "retells that moment as a reminder that a small act of kindness costs less than we "
                "think.</p>"
            ),
        },
        "agency": {
            "en": "BBDO / Proximity China",
            "zh_hans": "BBDO 与 Proximity China",
            "ja": "BBDO・Proximity China",
            "ko": "BBDO·Proximity China",
            "en_gb": "BBDO / Proximity China",
        },
        "director": {
            "en": "Directed for BBDO",
            "zh_hans": "BBDO 制作团队执导",
            "ja": "BBDO制作チームによる演出",
            "ko": "BBDO 제작팀 연출",
            "en_gb": "Directed for BBDO",
        },
        "duration_seconds": 60,
        "release_date": "2018-01-26",
        "markets": None,
        "runs": [[None, "online"], [None, "social"]],
        "poster_colours": ("#1B4965", "#F4D35E"),
        "transcript": {
            "en": (
                "Amsterdam, 1928. The single sculls quarter-final is under way.\n"
                "Henry Pearce pulls ahead as spectators watch from the bank.\n"
                "A family of ducks paddles out across his lane.\n"
                "He lifts his oars and waits until the last duckling has passed.\n"
                "His rival moves ahead; Pearce picks up his stroke again and reels him in.\n"
                "He wins the race, and later the Olympic title.\n"
                "End line: To the greatness of small."
            ),
            "zh_hans": (
                "1928年，阿姆斯特丹。单人双桨四分之一决赛正在进行。\n"
                "亨利·皮尔斯一路领先，岸边的观众注视着比赛。\n"
                "一群鸭子游过他的航道。\n"
                "他举起双桨，一直等到最后一只小鸭游过去。\n"
                "对手趁机领先；皮尔斯重新发力，一桨一桨追了上去。\n"
                "他赢下了这场比赛，后来又夺得了奥运冠军。\n"
                "结尾字幕：致敬小的伟大。"
            ),
            "ja": (
                "1928年、アムステルダム。シングルスカルの準々決勝が行われている。\n"
                "ヘンリー・ピアースがリードし、岸辺の観客が見守る。\n"
                "カモの親子が、彼のレーンを横切っていく。\n"
                "彼はオールを上げ、最後の子ガモが通り過ぎるまで待つ。\n"
                "その間に相手が前に出るが、ピアースは再び漕ぎ出し、差を詰めていく。\n"
                "彼はレースに勝ち、やがてオリンピックの頂点に立つ。\n"
                "エンドコピー：小さなものの偉大さへ。"
            ),
            "ko": (
                "1928년, 암스테르담. 싱글스컬 준준결승이 진행 중이다.\n"
                "헨리 피어스가 앞서 나가고, 강둑의 관중이 지켜본다.\n"
                "오리 가족이 그의 레인을 가로질러 헤엄쳐 간다.\n"
                "그는 노를 들어 올리고 마지막 새끼 오리가 지나갈 때까지 기다린다.\n"
                "그 사이 상대가 앞서 나가지만, 피어스는 다시 노를 저어 격차를 좁힌다.\n"
                "그는 경기에서 이기고, 훗날 올림픽 챔피언이 된다.\n"
                "엔딩 카피: 작은 것의 위대함을 위하여."
            ),
            "en_gb": (
                "Amsterdam, 1928. The single sculls quarter-final is under way.\n"
                "Henry Pearce pulls ahead as spectators watch from the bank.\n"
                "A family of ducks paddles out across his lane.\n"
                "He lifts his oars and waits until the last duckling has passed.\n"
                "His rival moves ahead; Pearce picks up his stroke again and reels him in.\n"
                "He wins the race, and later the Olympic title.\n"
                "End line: To the greatness of small."
            ),
        },
    },
]

# Athlete stories. Pita Taufatofua's story is not shown in China.
STORIES = [
    {
        "key": "kenya-ice-lions",
        "title": {
            "en": "The Kenya Ice Lions: one more hour on the ice",
            "zh_hans": "肯尼亚冰狮队：在冰上再多一个小时",
            "ja": "ケニア・アイスライオンズ：氷の上で、あと1時間",
            "ko": "케냐 아이스 라이온스: 빙판 위에서 한 시간만 더",
            "en_gb": "The Kenya Ice Lions: one more hour on the ice",
        },
        "slug": {
            "en": "kenya-ice-lions",
            "zh_hans": "肯尼亚冰狮队",
            "ja": "ケニア-アイスライオンズ",
            "ko": "케냐-아이스-라이온스",
            "en_gb": "kenya-ice-lions",
        },
        "athlete": {
            "en": "Kenya Ice Lions",
            "zh_hans": "肯尼亚冰狮队",
            "ja": "ケニア・アイスライオンズ",
            "ko": "케냐 아이스 라이온스",
            "en_gb": "Kenya Ice Lions",
        },
        "sport": "ice_hockey",
        "country": "KE",
        "games": {
            "en": "PyeongChang",
            "zh_hans": "平昌",
            "ja": "平昌",
            "ko": "평창",
            "en_gb": "PyeongChang",
        },
        "year": 2018,
        "summary": {
            "en": (
                "Kenya's first ice hockey team learned the game on a small rink in Nairobi. A film "
                "shoot in South Africa put five of its players on full-size ice, and they did not "
                "want to leave."
            ),
            "zh_hans": (
                "肯尼亚第一支冰球队在内罗毕的一块小冰场上学会了这项运动。一次在南非的拍摄让其中五名"
                "球员踏上标准冰场，而他们一点也不想离开。"
            ),
            "ja": (
                "ケニア初のアイスホッケーチームは、ナイロビの小さなリンクで競技を覚えました。"
                "南アフリカでの撮影で5人の選手が正規サイズの氷に立ち、そこから離れたくないと願いま"
                "した。"
            ),
            "ko": (
                "케냐 최초의 아이스하키 팀은 나이로비의 작은 링크에서 이 종목을 익혔습니다. 남아공 "
                "촬영에서 정규 규격 빙판에 선 선수 다섯 명은 그곳을 떠나고 싶어 하지 않았습니다."
            ),
            "en_gb": (
                "Kenya's first ice hockey team learned the game on a small rink in Nairobi. A film "
                "shoot in South Africa put five of its players on full-size ice, and they did not "
                "want to leave."
            ),
        },
        "markets": None,
        "film": "kenya-ice-hockey",
        "body": [
            {
                "type": "paragraph",
                "value": {
                    "en": (
                        "<p>Kenya has no ice hockey tradition and very little ice. The Ice Lions, "
                        "the country's first team, practice on a small rink in Nairobi, a surface "
                        "far smaller than the ones used in international play. For years, that "
                        "rink was the whole of their hockey world.</p>"
                    ),
                    "zh_hans": (
                        "<p>肯尼亚没有冰球传统，冰场更是少之又少。冰狮队是这个国家的第一支冰球队，"
                        "队员们在内罗毕的一块小冰场上训练，它比国际比赛使用的冰场小得多。多年来，"
                        "这块冰场就是他们冰球世界的全部。</p>"
                    ),
                    "ja": (
                        "<p>ケニアにはアイスホッケーの伝統がなく、氷のリンクもほとんどありません。"
                        "国内初のチームであるアイスライオンズは、ナイロビの小さなリンクで練習してい"
                        "ます。国際試合で使われるリンクよりずっと狭い場所です。長いあいだ、"
                        "そのリンクが彼らのホッケーのすべてでした。</p>"
                    ),
                    "ko": (
                        "<p>케냐에는 아이스하키의 전통도, 빙판도 거의 없습니다. 케냐 최초의 팀인 "
                        "아이스 라이온스는 나이로비의 작은 링크에서 훈련합니다. 국제 경기에 쓰이는 "
                        "링크보다 훨씬 작은 곳입니다. 오랫동안 그 링크가 그들의 하키 세계 "
                        "전부였습니다.</p>"
                    ),
                    "en_gb": (
                        "<p>Kenya has no ice hockey tradition and very little ice. The Ice Lions, "
                        "the country's first team, practise on a small rink in Nairobi, a surface "
                        "far smaller than the ones used in international play. For years, that "
                        "rink was the whole of their hockey world.</p>"
                    ),
                },
            },
            {
                "type": "image",
                "caption": {
                    "en": "A small rink, a big ambition: the Ice Lions at practice.",
                    "zh_hans": "小冰场，大梦想：训练中的冰狮队。",
                    "ja": "小さなリンク、大きな志。練習中のアイスライオンズ。",
                    "ko": "작은 링크, 큰 꿈: 훈련 중인 아이스 라이온스.",
                    "en_gb": "A small rink, a big ambition: the Ice Lions at practice.",
                },
                "alt": {
                    "en": "Ice hockey players in helmets skating on a small indoor rink.",
                    "zh_hans": "戴着头盔的冰球运动员在一块室内小冰场上滑行。",
                    "ja": (
                        "ヘルメットをかぶったアイスホッケー選手たちが、屋内の小さなリンクを滑ってい"
                        "る。"
                    ),
                    "ko": "헬멧을 쓴 아이스하키 선수들이 작은 실내 링크에서 스케이트를 타고 있다.",
                    "en_gb": "Ice hockey players in helmets skating on a small indoor rink.",
                },
            },
            {
                "type": "paragraph",
                "value": {
                    "en": (
                        "<p>When the campaign's film crew went to South Africa to shoot, they "
                        "invited five of the players to join them on a full-size professional "
                        "rink. Once filming was done, the players were offered a tour of the "
                        "country. Their captain politely turned it down: the team wanted to stay "
                        "right where it was.</p>"
                    ),
                    "zh_hans": (
                        "<p>活动摄制组前往南非拍摄时，邀请了五名球员一同登上标准尺寸的职业冰场。"
                        "拍摄结束后，球员们受邀游览南非，队长却婉言谢绝：球队只想留在原地。</p>"
                    ),
                    "ja": (
                        "<p>キャンペーンの撮影チームは南アフリカでの撮影に、5人の選手を正規サイズの"
                        "プロ用リンクへ招きました。撮影が終わると南アフリカを巡るツアーが提案されま"
                        "したが、キャプテンはていねいに断りました。チームはその場所にとどまりたかっ"
                        "たのです。</p>"
                    ),
                    "ko": (
                        "<p>캠페인 촬영팀은 남아프리카공화국에서 촬영하면서 선수 다섯 명을 정규 "
                        "규격의 프로 링크로 초대했습니다. 촬영이 끝난 뒤 남아공 투어를 "
                        "제안받았지만, 주장은 정중히 사양했습니다. 팀은 그 자리에 머물고 싶어 "
                        "했습니다.</p>"
                    ),
                    "en_gb": (
                        "<p>When the campaign's film crew went to South Africa to shoot, they "
                        "invited five of the players to join them on a full-size professional "
                        "rink. Once filming was done, the players were offered a tour of the "
                        "country. Their captain politely turned it down: the team wanted to stay "
                        "right where it was.</p>"
                    ),
                },
            },
            {
                "type": "pull_quote",
                "text": {
                    "en": (
                        "We do not want to go anywhere else but here in the professional rink, if "
                        "only for one more hour."
                    ),
                    "zh_hans": "我们哪儿也不想去，只想留在这块职业冰场上，哪怕只多待一个小时。",
                    "ja": (
                        "どこにも行きたくない。このプロのリンクにいたいんだ。"
                        "たとえあと1時間だけでも。"
                    ),
                    "ko": (
                        "다른 곳은 어디도 가고 싶지 않아요. 단 한 시간이라도 이 프로 링크에 있고 "
                        "싶습니다."
                    ),
                    "en_gb": (
                        "We do not want to go anywhere else but here in the professional rink, if "
                        "only for one more hour."
                    ),
                },
                "attribution": {
                    "en": "Captain, Kenya ice hockey team",
                    "zh_hans": "肯尼亚冰球队队长",
                    "ja": "ケニア・アイスホッケーチーム主将",
                    "ko": "케냐 아이스하키 팀 주장",
                    "en_gb": "Captain, Kenya ice hockey team",
                },
            },
            {
                "type": "paragraph",
                "value": {
                    "en": (
                        "<p>That answer became the heart of the film. An hour of ice time is a "
                        "small wish, yet it says a great deal about what the sport means to people "
                        "who play it against the odds.</p>"
                    ),
                    "zh_hans": (
                        "<p>这个回答成了影片的核心。多一个小时的冰上时间，只是一个小小的愿望，"
                        "却道出了这项运动对那些在逆境中坚持的人意味着什么。</p>"
                    ),
                    "ja": (
                        "<p>その答えが、映像の核になりました。氷の上でのあと1時間。"
                        "それは小さな願いですが、逆境の中でプレーを続ける人々にとって、"
                        "この競技がどれほど大切かを物語っています。</p>"
                    ),
                    "ko": (
                        "<p>그 대답은 영상의 중심이 되었습니다. 빙판 위의 한 시간은 작은 "
                        "바람이지만, 역경 속에서도 경기를 이어 가는 이들에게 이 스포츠가 어떤 "
                        "의미인지 잘 보여 줍니다.</p>"
                    ),
                    "en_gb": (
                        "<p>That answer became the heart of the film. An hour of ice time is a "
                        "small wish, yet it says a great deal about what the sport means to people "
                        "who play it against the odds.</p>"
                    ),
                },
            },
            {"type": "related_film", "film": "kenya-ice-hockey"},
        ],
        "colours": ("#0B6E4F", "#CAE9FF"),
    },
    {
        "key": "bobby-pearce",
        "title": {
            "en": "Bobby Pearce: the sculler who stopped for ducks",
            "zh_hans": "鲍比·皮尔斯：为鸭子停桨的赛艇手",
            "ja": "ボビー・ピアース：カモのために止まったスカル選手",
            "ko": "보비 피어스: 오리를 위해 멈춘 조정 선수",
            "en_gb": "Bobby Pearce: the sculler who stopped for ducks",
        },
        "slug": {
            "en": "bobby-pearce",
            "zh_hans": "鲍比-皮尔斯",
            "ja": "ボビー-ピアース",
            "ko": "보비-피어스",
            "en_gb": "bobby-pearce",
        },
        "athlete": {
            "en": "Henry “Bobby” Pearce",
            "zh_hans": "亨利·“鲍比”·皮尔斯",
            "ja": "ヘンリー・“ボビー”・ピアース",
            "ko": "헨리 ‘보비’ 피어스",
            "en_gb": "Henry “Bobby” Pearce",
        },
        "sport": "rowing",
        "country": "AU",
        "games": {
            "en": "Amsterdam",
            "zh_hans": "阿姆斯特丹",
            "ja": "アムステルダム",
            "ko": "암스테르담",
            "en_gb": "Amsterdam",
        },
        "year": 1928,
        "summary": {
            "en": (
                "In the quarter-final of the 1928 Olympic single sculls, Australia's Henry Pearce "
                "stopped rowing to let a family of ducks cross his lane. He still won the race, "
                "and then the gold medal."
            ),
            "zh_hans": (
                "在1928年奥运会单人双桨四分之一决赛中，澳大利亚选手亨利·皮尔斯停桨让一群鸭子横渡航"
                "道。他依然赢下比赛，随后夺得金牌。"
            ),
            "ja": (
                "1928年オリンピックのシングルスカル準々決勝で、オーストラリアのヘンリー・ピアースは"
                "、カモの親子がレーンを渡るまで漕ぐのをやめました。それでもレースに勝ち、"
                "金メダルを獲得しました。"
            ),
            "ko": (
                "1928년 올림픽 싱글스컬 준준결승에서 호주의 헨리 피어스는 오리 가족이 레인을 "
                "건너도록 노를 멈췄습니다. 그래도 경기에서 이겼고, 결국 금메달을 땄습니다."
            ),
            "en_gb": (
                "In the quarter-final of the 1928 Olympic single sculls, Australia's Henry Pearce "
                "stopped rowing to let a family of ducks cross his lane. He still won the race, "
                "and then the gold medal."
            ),
        },
        "markets": None,
        "film": "rower-and-ducks",
        "body": [
            {
                "type": "paragraph",
                "value": {
                    "en": (
                        "<p>Henry Pearce, known to everyone as Bobby, came to the Amsterdam Games "
                        "of 1928 as a sculler from Sydney. In his quarter-final of the single "
                        "sculls he was leading comfortably when a family of ducks swam out across "
                        "the course in front of his boat.</p>"
                    ),
                    "zh_hans": (
                        "<p>亨利·皮尔斯人称鲍比，是一名来自悉尼的赛艇选手，参加了1928年阿姆斯特丹奥"
                        "运会。在单人双桨四分之一决赛中，他正稳居领先，一群鸭子却从他的船前横穿航道"
                        "。</p>"
                    ),
                    "ja": (
                        "<p>ヘンリー・ピアース、通称ボビーは、シドニー出身のスカル選手として1928年"
                        "のアムステルダム大会に出場しました。シングルスカルの準々決勝で余裕をもって"
                        "リードしていたとき、カモの親子が彼のボートの前を横切って泳いできました。"
                        "</p>"
                    ),
                    "ko": (
                        "<p>모두가 보비라고 부르던 헨리 피어스는 시드니 출신의 조정 선수로 1928년 "
                        "암스테르담 올림픽에 출전했습니다. 싱글스컬 준준결승에서 여유 있게 앞서 "
                        "나가던 중, 오리 가족이 그의 보트 앞을 가로질러 헤엄쳐 왔습니다.</p>"
                    ),
                    "en_gb": (
                        "<p>Henry Pearce, known to everyone as Bobby, came to the Amsterdam Games "
                        "of 1928 as a sculler from Sydney. In his quarter-final of the single "
                        "sculls he was leading comfortably when a family of ducks swam out across "
                        "the course in front of his boat.</p>"
                    ),
                },
            },
            {
                "type": "paragraph",
                "value": {
                    "en": (
                        "<p>Rather than row through them, he stopped and waited until they had "
                        "passed. His opponent moved ahead while he sat still. Pearce started "
                        "again, caught up and won the race, then went on to take the gold medal in "
                        "the final.</p>"
                    ),
                    "zh_hans": (
                        "<p>他没有从鸭群中划过去，而是停下来，一直等到它们游过。"
                        "对手趁他停下时超到了前面。皮尔斯重新起航，追了上去并赢下比赛，"
                        "随后又在决赛中夺得金牌。</p>"
                    ),
                    "ja": (
                        "<p>彼はカモたちの間を漕ぎ抜けるのではなく、止まって通り過ぎるのを待ちまし"
                        "た。その間に相手が前に出ました。ピアースは再び漕ぎ出して追いつき、"
                        "レースに勝利。さらに決勝で金メダルを手にしました。</p>"
                    ),
                    "ko": (
                        "<p>그는 오리들 사이로 노를 저어 지나가는 대신, 멈춰서 오리들이 다 지나갈 "
                        "때까지 기다렸습니다. 그 사이 상대 선수가 앞서 나갔습니다. 피어스는 다시 "
                        "노를 저어 따라잡았고 경기에서 이겼으며, 결승에서 금메달을 "
                        "차지했습니다.</p>"
                    ),
                    "en_gb": (
                        "<p>Rather than row through them, he stopped and waited until they had "
                        "passed. His opponent moved ahead while he sat still. Pearce started "
                        "again, caught up and won the race, then went on to take the gold medal in "
                        "the final.</p>"
                    ),
                },
            },
            {
                "type": "image",
                "caption": {
                    "en": "A still river, a single scull and a small act of patience.",
                    "zh_hans": "平静的河面、一条单人艇，还有一次小小的耐心。",
                    "ja": "静かな水面、一艇のシングルスカル、そして小さな辛抱。",
                    "ko": "잔잔한 물, 1인승 보트, 그리고 작은 기다림.",
                    "en_gb": "A still river, a single scull and a small act of patience.",
                },
                "alt": {
                    "en": "A single sculler resting his oars on calm water while ducks swim past.",
                    "zh_hans": "一名单人赛艇选手把桨停在平静的水面上，几只鸭子从旁游过。",
                    "ja": "穏やかな水面でオールを止めたスカル選手のそばを、カモが泳いでいく。",
                    "ko": "잔잔한 물 위에서 노를 멈춘 조정 선수 옆으로 오리들이 헤엄쳐 지나간다.",
                    "en_gb": (
                        "A single sculler resting his oars on calm water while ducks swim past."
                    ),
                },
            },
            {
                "type": "paragraph",
                "value": {
                    "en": (
                        "<p>Four years later he won the single sculls again, in Los Angeles. Yet "
                        "it is the pause in Amsterdam that people remember, and it is why the "
                        "campaign chose his story: a small decision, made in the middle of a race, "
                        "that took nothing away from his greatness.</p>"
                    ),
                    "zh_hans": (
                        "<p>四年后，他在洛杉矶再次赢得单人双桨冠军。然而人们记住的，"
                        "始终是阿姆斯特丹的那次停桨。这也是活动选择他的故事的原因："
                        "比赛途中的一个小决定，丝毫没有减损他的伟大。</p>"
                    ),
                    "ja": (
                        "<p>4年後、彼はロサンゼルス大会でもシングルスカルを制しました。"
                        "それでも人々の記憶に残っているのは、アムステルダムでのあのひと休みです。"
                        "キャンペーンが彼の物語を選んだのもそのためでした。レースの最中の小さな決断"
                        "は、彼の偉大さを少しも損なわなかったのです。</p>"
                    ),
                    "ko": (
                        "<p>4년 뒤 그는 로스앤젤레스 올림픽에서도 싱글스컬 정상에 올랐습니다. "
                        "그래도 사람들이 기억하는 것은 암스테르담에서의 그 멈춤입니다. 캠페인이 "
                        "그의 이야기를 고른 이유도 여기에 있습니다. 경기 도중 내린 작은 결정은 "
                        "그의 위대함을 조금도 깎아내리지 않았습니다.</p>"
                    ),
                    "en_gb": (
                        "<p>Four years later he won the single sculls again, in Los Angeles. Yet "
                        "it is the pause in Amsterdam that people remember, and it is why the "
                        "campaign chose his story: a small decision, made in the middle of a race, "
                        "that took nothing away from his greatness.</p>"
                    ),
                },
            },
            {"type": "related_film", "film": "rower-and-ducks"},
        ],
        "colours": ("#00843D", "#FFCD00"),
    },
    {
        "key": "nigeria-bobsleigh",
        "title": {
            "en": "Nigeria's bobsled pioneers",
            "zh_hans": "尼日利亚雪车先锋",
            "ja": "ナイジェリアのボブスレー開拓者たち",
            "ko": "나이지리아 봅슬레이의 개척자들",
            "en_gb": "Nigeria's bobsleigh pioneers",
        },
        "slug": {
            "en": "nigeria-bobsled",
            "zh_hans": "尼日利亚雪车",
            "ja": "ナイジェリア-ボブスレー",
            "ko": "나이지리아-봅슬레이",
            "en_gb": "nigeria-bobsleigh",
        },
        "athlete": {
            "en": "Nigeria women's bobsled team",
            "zh_hans": "尼日利亚女子雪车队",
            "ja": "ナイジェリア女子ボブスレーチーム",
            "ko": "나이지리아 여자 봅슬레이 팀",
            "en_gb": "Nigeria women's bobsleigh team",
        },
        "sport": "bobsleigh",
        "country": "NG",
        "games": {
            "en": "PyeongChang",
            "zh_hans": "平昌",
            "ja": "平昌",
            "ko": "평창",
            "en_gb": "PyeongChang",
        },
        "year": 2018,
        "summary": {
            "en": (
                "Seun Adigun, Ngozi Onwumere and Akuoma Omeoga, all sprinters, became the first "
                "bobsled team from Africa to compete at the Olympic Winter Games, after training "
                "on a wooden sled that Adigun built."
            ),
            "zh_hans": (
                "塞恩·阿迪贡、恩戈齐·奥努梅雷和阿库奥马·奥梅奥加都是短跑出身。"
                "她们在阿迪贡亲手打造的木制雪车上起步训练，成为第一支参加冬奥会的非洲雪车队。"
            ),
            "ja": (
                "陸上短距離出身のセウン・アディグン、ンゴジ・オンウメレ、アクオマ・オメオガは、"
                "アディグンが手づくりした木製のソリで練習を重ね、冬季オリンピックに出場した初のアフ"
                "リカのボブスレーチームとなりました。"
            ),
            "ko": (
                "육상 단거리 선수 출신인 세운 아디군, 응고지 온우메레, 아쿠오마 오메오가는 "
                "아디군이 직접 만든 나무 썰매로 훈련한 끝에, 동계올림픽에 출전한 최초의 아프리카 "
                "봅슬레이 팀이 되었습니다."
            ),
            "en_gb": (
                "Seun Adigun, Ngozi Onwumere and Akuoma Omeoga, all sprinters, became the first "
                "bobsleigh team from Africa to compete at the Olympic Winter Games, after training "
                "on a wooden sled that Adigun built."
            ),
        },
        "markets": None,
        "film": None,
        "body": [
            {
                "type": "paragraph",
                "value": {
                    "en": (
                        "<p>Seun Adigun had already run the hurdles for Nigeria at the London 2012 "
                        "Games when she decided to try a winter sport her country had never "
                        "entered. She recruited two fellow sprinters, Ngozi Onwumere and Akuoma "
                        "Omeoga, as brakewomen.</p>"
                    ),
                    "zh_hans": (
                        "<p>塞恩·阿迪贡曾代表尼日利亚参加2012年伦敦奥运会的跨栏比赛。后来，"
                        "她决定尝试一项祖国从未参加过的冬季项目，并邀请短跑选手恩戈齐·奥努梅雷和阿"
                        "库奥马·奥梅奥加担任刹车手。</p>"
                    ),
                    "ja": (
                        "<p>セウン・アディグンは、2012年ロンドン大会にナイジェリア代表としてハード"
                        "ルで出場した選手です。その後、母国がまだ挑んだことのない冬の競技に挑戦する"
                        "ことを決め、短距離仲間のンゴジ・オンウメレとアクオマ・オメオガをブレーカー"
                        "に誘いました。</p>"
                    ),
                    "ko": (
                        "<p>세운 아디군은 2012년 런던 올림픽에 나이지리아 대표 허들 선수로 "
                        "출전했습니다. 그 뒤 그는 조국이 한 번도 출전한 적 없는 겨울 종목에 "
                        "도전하기로 하고, 같은 단거리 선수인 응고지 온우메레와 아쿠오마 오메오가를 "
                        "브레이크맨으로 영입했습니다.</p>"
                    ),
                    "en_gb": (
                        "<p>Seun Adigun had already run the hurdles for Nigeria at the London 2012 "
                        "Games when she decided to try a winter sport her country had never "
                        "entered. She recruited two fellow sprinters, Ngozi Onwumere and Akuoma "
                        "Omeoga, as brakewomen.</p>"
                    ),
                },
            },
            {
                "type": "paragraph",
                "value": {
                    "en": (
                        "<p>Without a real sled to train on, the team started out on a wooden one "
                        "that Adigun built herself, practicing push starts long before they rode "
                        "down an ice track. In PyeongChang in 2018 they became the first African "
                        "team to race in Olympic bobsled, and among Nigeria's first athletes at a "
                        "Winter Games.</p>"
                    ),
                    "zh_hans": (
                        "<p>起初没有真正的雪车可用，队员们就在阿迪贡亲手打造的木制雪车上练习推车起"
                        "步。2018年，她们在平昌成为第一支参加奥运会雪车比赛的非洲队伍，"
                        "也跻身尼日利亚首批冬奥会运动员之列。</p>"
                    ),
                    "ja": (
                        "<p>本物のソリがなかったため、チームはアディグンが自ら作った木製のソリでス"
                        "タートの押し出しを練習しました。2018年の平昌大会で、"
                        "彼女たちはオリンピックのボブスレーに出場した初のアフリカのチームとなり、"
                        "ナイジェリア初の冬季オリンピック選手の一員にもなりました。</p>"
                    ),
                    "ko": (
                        "<p>진짜 썰매가 없었던 팀은 아디군이 직접 만든 나무 썰매로 스타트 훈련을 "
                        "시작했습니다. 2018년 평창에서 그들은 올림픽 봅슬레이에 출전한 최초의 "
                        "아프리카 팀이 되었고, 나이지리아 최초의 동계올림픽 선수들 가운데 하나가 "
                        "되었습니다.</p>"
                    ),
                    "en_gb": (
                        "<p>Without a real sled to train on, the team started out on a wooden one "
                        "that Adigun built herself, practising push starts long before they rode "
                        "down an ice track. In PyeongChang in 2018 they became the first African "
                        "team to race in Olympic bobsleigh, and among Nigeria's first athletes at "
                        "a Winter Games.</p>"
                    ),
                },
            },
            {
                "type": "image",
                "caption": {
                    "en": "From a homemade wooden sled to the Olympic track.",
                    "zh_hans": "从自制木雪车到奥运赛道。",
                    "ja": "手づくりの木製ソリから、オリンピックのコースへ。",
                    "ko": "손수 만든 나무 썰매에서 올림픽 트랙까지.",
                    "en_gb": "From a homemade wooden sled to the Olympic track.",
                },
                "alt": {
                    "en": "A two-woman bobsled speeding down an icy track.",
                    "zh_hans": "一架双人雪车在冰道上飞驰而下。",
                    "ja": "2人乗りのボブスレーが氷のコースを滑り降りていく。",
                    "ko": "2인승 봅슬레이가 얼음 트랙을 빠르게 내려가고 있다.",
                    "en_gb": "A two-woman bobsleigh speeding down an icy track.",
                },
            },
            {
                "type": "pull_quote",
                "text": {
                    "en": "From small to big, everyone is making a difference.",
                    "zh_hans": "从小到大，每个人都在创造改变。",
                    "ja": "小さな者から大きな者まで、誰もが違いを生み出している。",
                    "ko": "작은 것부터 큰 것까지, 모두가 변화를 만들고 있다.",
                    "en_gb": "From small to big, everyone is making a difference.",
                },
                "attribution": {
                    "en": "Manifesto voice-over",
                    "zh_hans": "《宣言》旁白",
                    "ja": "『マニフェスト』ナレーション",
                    "ko": "〈매니페스토〉 내레이션",
                    "en_gb": "Manifesto voice-over",
                },
            },
            {
                "type": "paragraph",
                "value": {
                    "en": (
                        "<p>Their story is not one of the three launch films, but it belongs to "
                        "the same idea: a small team with few resources, earning its place on the "
                        "world stage.</p>"
                    ),
                    "zh_hans": (
                        "<p>她们的故事不在三部首发影片之中，却体现了同样的理念："
                        "一支资源有限的小队伍，凭自己的努力登上世界舞台。</p>"
                    ),
                    "ja": (
                        "<p>彼女たちの物語は最初の3本の映像には含まれていませんが、"
                        "同じ思いにつながっています。限られた資源しかない小さなチームが、"
                        "世界の舞台に自らの場所を勝ち取ったのです。</p>"
                    ),
                    "ko": (
                        "<p>그들의 이야기는 처음 공개된 세 편의 영상에 들어 있지 않지만, 같은 "
                        "생각과 맞닿아 있습니다. 가진 것이 많지 않은 작은 팀이 스스로의 힘으로 "
                        "세계 무대에 자리를 얻은 것입니다.</p>"
                    ),
                    "en_gb": (
                        "<p>Their story is not one of the three launch films, but it belongs to "
                        "the same idea: a small team with few resources, earning its place on the "
                        "world stage.</p>"
                    ),
                },
            },
            {"type": "related_film", "film": "manifesto"},
        ],
        "colours": ("#008751", "#E8F1F2"),
    },
    {
        "key": "pita-taufatofua",
        "title": {
            "en": "Pita Taufatofua: from the taekwondo mat to the ski trail",
            "zh_hans": "皮塔·陶法托法：从跆拳道场到越野雪道",
            "ja": "ピタ・タウファトファ：テコンドーからクロスカントリースキーへ",
            "ko": "피타 타우파토푸아: 태권도 매트에서 설원으로",
            "en_gb": "Pita Taufatofua: from the taekwondo mat to the ski trail",
        },
        "slug": {
            "en": "pita-taufatofua",
            "zh_hans": "皮塔-陶法托法",
            "ja": "ピタ-タウファトファ",
            "ko": "피타-타우파토푸아",
            "en_gb": "pita-taufatofua",
        },
        "athlete": {
            "en": "Pita Taufatofua",
            "zh_hans": "皮塔·陶法托法",
            "ja": "ピタ・タウファトファ",
            "ko": "피타 타우파토푸아",
            "en_gb": "Pita Taufatofua",
        },
        "sport": "cross_country_skiing",
        "country": "TO",
        "games": {
            "en": "PyeongChang",
            "zh_hans": "平昌",
            "ja": "平昌",
            "ko": "평창",
            "en_gb": "PyeongChang",
        },
        "year": 2018,
        "summary": {
            "en": (
                "Tonga's flag bearer at Rio 2016 competed there in taekwondo. He then took up "
                "cross-country skiing, a sport he had to learn from scratch, and qualified for "
                "PyeongChang 2018."
            ),
            "zh_hans": (
                "皮塔·陶法托法在2016年里约奥运会上担任汤加旗手，并参加跆拳道比赛。"
                "此后他从零开始学习越野滑雪，获得了2018年平昌冬奥会的参赛资格。"
            ),
            "ja": (
                "2016年リオ大会でトンガの旗手を務め、テコンドーに出場したピタ・タウファトファ。"
                "その後ゼロからクロスカントリースキーを学び、2018年平昌大会の出場権を手にしました。"
            ),
            "ko": (
                "2016년 리우 올림픽에서 통가의 기수를 맡고 태권도 경기에 나선 피타 타우파토푸아는, "
                "그 뒤 크로스컨트리 스키를 처음부터 배워 2018년 평창 올림픽 출전권을 따냈습니다."
            ),
            "en_gb": (
                "Tonga's flag bearer at Rio 2016 competed there in taekwondo. He then took up "
                "cross-country skiing, a sport he had to learn from scratch, and qualified for "
                "PyeongChang 2018."
            ),
        },
        "markets": ["jp", "kr", "us", "uk"],
        "film": None,
        "body": [
            {
                "type": "paragraph",
                "value": {
                    "en": (
                        "<p>Pita Taufatofua became one of the most recognized faces of the Rio "
                        "2016 opening ceremony when he carried Tonga's flag. He was there to "
                        "compete in taekwondo, a sport he had practiced for years.</p>"
                    ),
                    "zh_hans": (
                        "<p>在2016年里约奥运会开幕式上，皮塔·陶法托法作为汤加旗手入场，"
                        "成为最受瞩目的面孔之一。他此行是为了参加跆拳道比赛，这项运动他已练习多年。"
                        "</p>"
                    ),
                    "ja": (
                        "<p>2016年リオ大会の開会式でトンガの国旗を掲げたピタ・タウファトファは、"
                        "一躍その大会で最も知られた顔のひとりになりました。彼が出場したのは、"
                        "長年打ち込んできたテコンドーです。</p>"
                    ),
                    "ko": (
                        "<p>피타 타우파토푸아는 2016년 리우 올림픽 개회식에서 통가 국기를 들고 "
                        "입장해 가장 널리 알려진 얼굴 가운데 하나가 되었습니다. 그가 출전한 종목은 "
                        "오랫동안 수련해 온 태권도였습니다.</p>"
                    ),
                    "en_gb": (
                        "<p>Pita Taufatofua became one of the most recognised faces of the Rio "
                        "2016 opening ceremony when he carried Tonga's flag. He was there to "
                        "compete in taekwondo, a sport he had practised for years.</p>"
                    ),
                },
            },
            {
                "type": "paragraph",
                "value": {
                    "en": (
                        "<p>Afterward he set himself a new goal: the Winter Games. Tonga has no "
                        "snow, so he had to learn cross-country skiing from the beginning, racing "
                        "wherever he could to earn qualifying points. He made it to PyeongChang in "
                        "2018 and finished his race.</p>"
                    ),
                    "zh_hans": (
                        "<p>之后，他给自己定下了新目标：冬奥会。汤加没有雪，"
                        "他只能从头学习越野滑雪，四处参赛积累资格积分。2018年，他来到平昌，"
                        "并完成了自己的比赛。</p>"
                    ),
                    "ja": (
                        "<p>その後、彼は新たな目標を立てました。冬季オリンピックです。"
                        "雪のないトンガで育った彼は、クロスカントリースキーを一から学び、"
                        "出場資格のポイントを得るために各地のレースを転戦しました。そして2018年、"
                        "平昌にたどり着き、完走を果たしました。</p>"
                    ),
                    "ko": (
                        "<p>그 뒤 그는 새로운 목표를 세웠습니다. 바로 동계올림픽이었습니다. 눈이 "
                        "없는 통가 출신인 그는 크로스컨트리 스키를 처음부터 배우고, 출전 자격 "
                        "포인트를 얻기 위해 여러 나라의 대회를 돌았습니다. 그리고 2018년 평창에 "
                        "입성해 레이스를 완주했습니다.</p>"
                    ),
                    "en_gb": (
                        "<p>Afterwards he set himself a new goal: the Winter Games. Tonga has no "
                        "snow, so he had to learn cross-country skiing from the beginning, racing "
                        "wherever he could to earn qualifying points. He made it to PyeongChang in "
                        "2018 and finished his race.</p>"
                    ),
                },
            },
            {
                "type": "image",
                "caption": {
                    "en": "Two Games, two very different sports, one flag.",
                    "zh_hans": "两届奥运会，两项截然不同的运动，同一面旗帜。",
                    "ja": "2つの大会、まったく違う2つの競技、そしてひとつの旗。",
                    "ko": "두 번의 올림픽, 전혀 다른 두 종목, 그리고 하나의 깃발.",
                    "en_gb": "Two Games, two very different sports, one flag.",
                },
                "alt": {
                    "en": "A cross-country skier on a snowy trail under a pale winter sky.",
                    "zh_hans": "一名越野滑雪运动员在冬日淡色的天空下沿着雪道滑行。",
                    "ja": "淡い冬空の下、雪のコースを進むクロスカントリースキーの選手。",
                    "ko": "옅은 겨울 하늘 아래 눈 덮인 코스를 달리는 크로스컨트리 스키 선수.",
                    "en_gb": "A cross-country skier on a snowy trail under a pale winter sky.",
                },
            },
            {
                "type": "pull_quote",
                "text": {
                    "en": "Before the Games start, every athlete comes in as an equal.",
                    "zh_hans": "比赛开始之前，每一位运动员都是平等的。",
                    "ja": "大会が始まる前、すべてのアスリートは対等な立場にいる。",
                    "ko": "경기가 시작되기 전, 모든 선수는 동등한 위치에서 출발합니다.",
                    "en_gb": "Before the Games start, every athlete comes in as an equal.",
                },
                "attribution": {
                    "en": "Chris Tung, Chief Marketing Officer, Alibaba Group",
                    "zh_hans": "阿里巴巴集团首席市场官董本洪",
                    "ja": "アリババグループ 最高マーケティング責任者 クリス・トン",
                    "ko": "크리스 텅, 알리바바그룹 최고마케팅책임자",
                    "en_gb": "Chris Tung, Chief Marketing Officer, Alibaba Group",
                },
            },
            {
                "type": "paragraph",
                "value": {
                    "en": (
                        "<p>His path shows that a small nation can still be seen on the biggest "
                        "stage, and that starting late is not the same as starting too late.</p>"
                    ),
                    "zh_hans": (
                        "<p>他的经历告诉我们：小国同样能在最大的舞台上被看见；起步晚，"
                        "并不等于来不及。</p>"
                    ),
                    "ja": (
                        "<p>彼の歩みは、小さな国でも大舞台で存在感を示せること、"
                        "そして始めるのが遅くても、遅すぎることはないことを教えてくれます。</p>"
                    ),
                    "ko": (
                        "<p>그의 여정은 작은 나라도 가장 큰 무대에서 주목받을 수 있다는 것, 그리고 "
                        "늦게 시작했다고 해서 너무 늦은 것은 아니라는 것을 보여 줍니다.</p>"
                    ),
                    "en_gb": (
                        "<p>His path shows that a small nation can still be seen on the biggest "
                        "stage, and that starting late is not the same as starting too late.</p>"
                    ),
                },
            },
            {"type": "related_film", "film": "manifesto"},
        ],
        "colours": ("#C10000", "#F2F5FA"),
    },
]

# Spokesperson quotes and lines from the Manifesto voice-over.
QUOTES = [
    {
        "key": "tung-founding-belief",
        "text": {
            "en": (
                "Since our founding 19 years ago, Alibaba Group has believed in and embraced the "
                "greatness of small in everything we do."
            ),
            "zh_hans": (
                "自19年前创立以来，阿里巴巴集团在所做的每一件事中，始终相信并践行“小的伟大”。"
            ),
            "ja": (
                "19年前の創業以来、アリババグループは、あらゆる取り組みの中で「小さなものの偉大さ」"
                "を信じ、大切にしてきました。"
            ),
            "ko": (
                "19년 전 창립 이래 알리바바그룹은 우리가 하는 모든 일에서 작은 것의 위대함을 믿고 "
                "실천해 왔습니다."
            ),
            "en_gb": (
                "Since our founding 19 years ago, Alibaba Group has believed in and embraced the "
                "greatness of small in everything we do."
            ),
        },
        "speaker": {
            "en": "Chris Tung",
            "zh_hans": "董本洪",
            "ja": "クリス・トン",
            "ko": "크리스 텅",
            "en_gb": "Chris Tung",
        },
        "role": {
            "en": "Chief Marketing Officer, Alibaba Group",
            "zh_hans": "阿里巴巴集团首席市场官",
            "ja": "アリババグループ 最高マーケティング責任者",
            "ko": "알리바바그룹 최고마케팅책임자",
            "en_gb": "Chief Marketing Officer, Alibaba Group",
        },
        "source": {
            "en": "Campaign launch, January 2018",
            "zh_hans": "活动发布，2018年1月",
            "ja": "キャンペーン発表（2018年1月）",
            "ko": "캠페인 발표, 2018년 1월",
            "en_gb": "Campaign launch, January 2018",
        },
        "date": "2018-01-25",
        "markets": None,
    },
    {
        "key": "tung-level-playing-field",
        "text": {
            "en": (
                "We believe that technology can level the playing field, and that even small "
                "companies have the opportunity to be global companies."
            ),
            "zh_hans": "我们相信，科技能够让竞争更加公平，即使是小企业，也有机会成为全球化的企业。",
            "ja": (
                "テクノロジーは競争の条件を公平にできると、私たちは信じています。小さな企業にも、"
                "グローバル企業になるチャンスがあるのです。"
            ),
            "ko": (
                "우리는 기술이 공정한 경쟁의 장을 만들 수 있으며, 작은 기업도 글로벌 기업이 될 "
                "기회가 있다고 믿습니다."
            ),
            "en_gb": (
                "We believe that technology can level the playing field, and that even small "
                "companies have the opportunity to be global companies."
            ),
        },
        "speaker": {
            "en": "Chris Tung",
            "zh_hans": "董本洪",
            "ja": "クリス・トン",
            "ko": "크리스 텅",
            "en_gb": "Chris Tung",
        },
        "role": {
            "en": "Chief Marketing Officer, Alibaba Group",
            "zh_hans": "阿里巴巴集团首席市场官",
            "ja": "アリババグループ 最高マーケティング責任者",
            "ko": "알리바바그룹 최고마케팅책임자",
            "en_gb": "Chief Marketing Officer, Alibaba Group",
        },
        "source": {
            "en": "Campaign launch, January 2018",
            "zh_hans": "活动发布，2018年1月",
            "ja": "キャンペーン発表（2018年1月）",
            "ko": "캠페인 발표, 2018년 1월",
            "en_gb": "Campaign launch, January 2018",
        },
        "date": "2018-01-25",
        "markets": None,
    },
    {
        "key": "tung-every-athlete-equal",
        "text": {
            "en": (
                "Before the Games start, every athlete comes in as an equal. Every athlete has a "
                "chance to compete and win on this global stage."
            ),
            "zh_hans": (
                "比赛开始之前，每一位运动员都是平等的。每一位运动员都有机会在这个全球舞台上竞技、"
                "取胜。"
            ),
            "ja": (
                "大会が始まる前、すべてのアスリートは対等な立場にいます。誰もがこの世界の舞台で競い"
                "、勝つチャンスを持っているのです。"
            ),
            "ko": (
                "경기가 시작되기 전, 모든 선수는 동등한 위치에서 출발합니다. 모든 선수에게 이 세계 "
                "무대에서 겨루고 이길 기회가 있습니다."
            ),
            "en_gb": (
                "Before the Games start, every athlete comes in as an equal. Every athlete has a "
                "chance to compete and win on this global stage."
            ),
        },
        "speaker": {
            "en": "Chris Tung",
            "zh_hans": "董本洪",
            "ja": "クリス・トン",
            "ko": "크리스 텅",
            "en_gb": "Chris Tung",
        },
        "role": {
            "en": "Chief Marketing Officer, Alibaba Group",
            "zh_hans": "阿里巴巴集团首席市场官",
            "ja": "アリババグループ 最高マーケティング責任者",
            "ko": "알리바바그룹 최고마케팅책임자",
            "en_gb": "Chief Marketing Officer, Alibaba Group",
        },
        "source": {
            "en": "Campaign launch event, January 2018",
            "zh_hans": "活动发布会，2018年1月",
            "ja": "キャンペーン発表会（2018年1月）",
            "ko": "캠페인 발표 행사, 2018년 1월",
            "en_gb": "Campaign launch event, January 2018",
        },
        "date": "2018-01-25",
        "markets": None,
    },
    {
        "key": "tung-two-billion",
        "text": {
            "en": (
                "We want to reach two billion consumers and tens of millions of merchants and "
                "small businesses, and our Olympic partnership will support that goal over the "
                "long term."
            ),
            "zh_hans": "我们希望服务20亿消费者和数千万商家及小企业，而奥运合作将长期助力这一目标。",
            "ja": (
                "私たちは20億人の消費者と、数千万の事業者や中小企業に届くことを目指しています。"
                "オリンピックとのパートナーシップは、長期的にその目標を支えてくれるでしょう。"
            ),
            "ko": (
                "우리는 20억 명의 소비자와 수천만 곳의 판매자 및 소상공인에게 닿고자 하며, 올림픽 "
                "파트너십은 장기적으로 그 목표를 뒷받침할 것입니다."
            ),
            "en_gb": (
                "We want to reach two billion consumers and tens of millions of merchants and "
                "small businesses, and our Olympic partnership will support that goal over the "
                "long term."
            ),
        },
        "speaker": {
            "en": "Chris Tung",
            "zh_hans": "董本洪",
            "ja": "クリス・トン",
            "ko": "크리스 텅",
            "en_gb": "Chris Tung",
        },
        "role": {
            "en": "Chief Marketing Officer, Alibaba Group",
            "zh_hans": "阿里巴巴集团首席市场官",
            "ja": "アリババグループ 最高マーケティング責任者",
            "ko": "알리바바그룹 최고마케팅책임자",
            "en_gb": "Chief Marketing Officer, Alibaba Group",
        },
        "source": {
            "en": "Campaign launch, January 2018",
            "zh_hans": "活动发布，2018年1月",
            "ja": "キャンペーン発表（2018年1月）",
            "ko": "캠페인 발표, 2018년 1월",
            "en_gb": "Campaign launch, January 2018",
        },
        "date": "2018-01-25",
        "markets": ["cn"],
    },
    {
        "key": "tung-global-organizations",
        "text": {
            "en": (
                "Alibaba and the IOC are two global organizations with joint ambitions to leverage "
                "global technology to enrich people's lives."
            ),
            "zh_hans": (
                "阿里巴巴和国际奥委会是两个全球性组织，我们有着共同的抱负：借助全球化的技术，"
                "丰富人们的生活。"
            ),
            "ja": (
                "アリババとIOCは、グローバルなテクノロジーを生かして人々の暮らしを豊かにするという"
                "共通の志を持つ、2つのグローバルな組織です。"
            ),
            "ko": (
                "알리바바와 IOC는 글로벌 기술로 사람들의 삶을 풍요롭게 하겠다는 공동의 목표를 지닌 "
                "두 글로벌 조직입니다."
            ),
            "en_gb": (
                "Alibaba and the IOC are two global organisations with joint ambitions to leverage "
                "global technology to enrich people's lives."
            ),
        },
        "speaker": {
            "en": "Chris Tung",
            "zh_hans": "董本洪",
            "ja": "クリス・トン",
            "ko": "크리스 텅",
            "en_gb": "Chris Tung",
        },
        "role": {
            "en": "Chief Marketing Officer, Alibaba Group",
            "zh_hans": "阿里巴巴集团首席市场官",
            "ja": "アリババグループ 最高マーケティング責任者",
            "ko": "알리바바그룹 최고마케팅책임자",
            "en_gb": "Chief Marketing Officer, Alibaba Group",
        },
        "source": {
            "en": "Press call ahead of PyeongChang 2018",
            "zh_hans": "平昌2018冬奥会前的媒体电话会",
            "ja": "平昌2018大会前の記者向け電話会見",
            "ko": "평창 2018 대회 전 기자 전화 간담회",
            "en_gb": "Press call ahead of PyeongChang 2018",
        },
        "date": "2018-01-31",
        "markets": None,
    },
    {
        "key": "tung-change-the-game",
        "text": {
            "en": (
                "What's important is not just a worldwide Olympic partner logo, but to keep "
                "showcasing what we have achieved to change the game."
            ),
            "zh_hans": (
                "重要的不只是一个奥林匹克全球合作伙伴的标志，而是持续展示我们为改变比赛所取得的成果"
                "。"
            ),
            "ja": (
                "大切なのは、オリンピックのワールドワイドパートナーのロゴだけではありません。"
                "ゲームを変えるために私たちが成し遂げてきたことを、示し続けることです。"
            ),
            "ko": (
                "중요한 것은 올림픽 월드와이드 파트너 로고만이 아니라, 게임을 바꾸기 위해 우리가 "
                "이뤄 온 것을 계속 보여 주는 일입니다."
            ),
            "en_gb": (
                "What's important is not just a worldwide Olympic partner logo, but to keep "
                "showcasing what we have achieved to change the game."
            ),
        },
        "speaker": {
            "en": "Chris Tung",
            "zh_hans": "董本洪",
            "ja": "クリス・トン",
            "ko": "크리스 텅",
            "en_gb": "Chris Tung",
        },
        "role": {
            "en": "Chief Marketing Officer, Alibaba Group",
            "zh_hans": "阿里巴巴集团首席市场官",
            "ja": "アリババグループ 最高マーケティング責任者",
            "ko": "알리바바그룹 최고마케팅책임자",
            "en_gb": "Chief Marketing Officer, Alibaba Group",
        },
        "source": {
            "en": "Interview with The Drum, February 2017",
            "zh_hans": "接受The Drum采访，2017年2月",
            "ja": "The Drumのインタビュー（2017年2月）",
            "ko": "The Drum 인터뷰, 2017년 2월",
            "en_gb": "Interview with The Drum, February 2017",
        },
        "date": "2017-02-02",
        "markets": None,
    },
    {
        "key": "kenya-captain-one-more-hour",
        "text": {
            "en": (
                "We do not want to go anywhere else but here in the professional rink, if only for "
                "one more hour."
            ),
            "zh_hans": "我们哪儿也不想去，只想留在这块职业冰场上，哪怕只多待一个小时。",
            "ja": "どこにも行きたくない。このプロのリンクにいたいんだ。たとえあと1時間だけでも。",
            "ko": (
                "다른 곳은 어디도 가고 싶지 않아요. 단 한 시간이라도 이 프로 링크에 있고 싶습니다."
            ),
            "en_gb": (
                "We do not want to go anywhere else but here in the professional rink, if only for "
                "one more hour."
            ),
        },
        "speaker": {
            "en": "Team captain",
            "zh_hans": "队长",
            "ja": "キャプテン",
            "ko": "주장",
            "en_gb": "Team captain",
        },
        "role": {
            "en": "Captain, Kenya ice hockey team",
            "zh_hans": "肯尼亚冰球队队长",
            "ja": "ケニア・アイスホッケーチーム主将",
            "ko": "케냐 아이스하키 팀 주장",
            "en_gb": "Captain, Kenya ice hockey team",
        },
        "source": {
            "en": "Film shoot in South Africa, as reported at the campaign launch",
            "zh_hans": "南非拍摄现场，据活动发布时的报道",
            "ja": "南アフリカでの撮影（キャンペーン発表時の報道より）",
            "ko": "남아공 촬영 현장(캠페인 발표 당시 보도)",
            "en_gb": "Film shoot in South Africa, as reported at the campaign launch",
        },
        "date": "2018-01-30",
        "markets": None,
    },
    {
        "key": "manifesto-cannot-be-ignored",
        "text": {
            "en": "Small can be calculated, but it cannot be ignored.",
            "zh_hans": "小，可以被计算，但不能被忽视。",
            "ja": "小ささは数えられる。だが、無視することはできない。",
            "ko": "작은 것은 계산할 수 있지만, 무시할 수는 없다.",
            "en_gb": "Small can be calculated, but it cannot be ignored.",
        },
        "speaker": {
            "en": "Manifesto voice-over",
            "zh_hans": "《宣言》旁白",
            "ja": "『マニフェスト』ナレーション",
            "ko": "〈매니페스토〉 내레이션",
            "en_gb": "Manifesto voice-over",
        },
        "role": {
            "en": "Narrator of the hero film",
            "zh_hans": "主打影片旁白",
            "ja": "メイン映像のナレーター",
            "ko": "메인 영상 내레이터",
            "en_gb": "Narrator of the hero film",
        },
        "source": {
            "en": "Manifesto film, 2018",
            "zh_hans": "《宣言》影片，2018年",
            "ja": "映像『マニフェスト』（2018年）",
            "ko": "영상 〈매니페스토〉, 2018년",
            "en_gb": "Manifesto film, 2018",
        },
        "date": "2018-01-25",
        "markets": None,
    },
    {
        "key": "manifesto-one-to-billions",
        "text": {
            "en": "From one to billions, we see the power of small.",
            "zh_hans": "从一到数十亿，我们看见小的力量。",
            "ja": "ひとりから何十億人へ。私たちは、小さなものの力を見ている。",
            "ko": "한 사람에서 수십억 명까지, 우리는 작은 것의 힘을 봅니다.",
            "en_gb": "From one to billions, we see the power of small.",
        },
        "speaker": {
            "en": "Manifesto voice-over",
            "zh_hans": "《宣言》旁白",
            "ja": "『マニフェスト』ナレーション",
            "ko": "〈매니페스토〉 내레이션",
            "en_gb": "Manifesto voice-over",
        },
        "role": {
            "en": "Narrator of the hero film",
            "zh_hans": "主打影片旁白",
            "ja": "メイン映像のナレーター",
            "ko": "메인 영상 내레이터",
            "en_gb": "Narrator of the hero film",
        },
        "source": {
            "en": "Manifesto film, 2018",
            "zh_hans": "《宣言》影片，2018年",
            "ja": "映像『マニフェスト』（2018年）",
            "ko": "영상 〈매니페스토〉, 2018년",
            "en_gb": "Manifesto film, 2018",
        },
        "date": "2018-01-25",
        "markets": None,
    },
]

# The four figures that open the Manifesto film.
STATISTICS = [
    {
        "key": "people-nobody",
        "figure": "99%",
        "label": {
            "en": "of people think they are nobody",
            "zh_hans": "的人认为自己无足轻重",
            "ja": "の人が、自分は取るに足らない存在だと思っている",
            "ko": "의 사람들이 자신을 보잘것없는 존재라고 생각합니다",
            "en_gb": "of people think they are nobody",
        },
        "source": {
            "en": "Manifesto film, 2018",
            "zh_hans": "《宣言》影片，2018年",
            "ja": "映像『マニフェスト』（2018年）",
            "ko": "영상 〈매니페스토〉, 2018년",
            "en_gb": "Manifesto film, 2018",
        },
    },
    {
        "key": "small-companies",
        "figure": "97%",
        "label": {
            "en": "of companies are small companies",
            "zh_hans": "的企业是小企业",
            "ja": "の企業は小さな企業",
            "ko": "의 기업이 작은 기업입니다",
            "en_gb": "of companies are small companies",
        },
        "source": {
            "en": "Manifesto film, 2018",
            "zh_hans": "《宣言》影片，2018年",
            "ja": "映像『マニフェスト』（2018年）",
            "ko": "영상 〈매니페스토〉, 2018년",
            "en_gb": "Manifesto film, 2018",
        },
    },
    {
        "key": "small-countries",
        "figure": "92%",
        "label": {
            "en": "of countries are small countries",
            "zh_hans": "的国家是小国",
            "ja": "の国は小さな国",
            "ko": "의 국가가 작은 나라입니다",
            "en_gb": "of countries are small countries",
        },
        "source": {
            "en": "Manifesto film, 2018",
            "zh_hans": "《宣言》影片，2018年",
            "ja": "映像『マニフェスト』（2018年）",
            "ko": "영상 〈매니페스토〉, 2018년",
            "en_gb": "Manifesto film, 2018",
        },
    },
    {
        "key": "unknown-athletes",
        "figure": "95%",
        "label": {
            "en": "of athletes are unknown",
            "zh_hans": "的运动员默默无闻",
            "ja": "のアスリートは無名",
            "ko": "의 선수들이 무명입니다",
            "en_gb": "of athletes are unknown",
        },
        "source": {
            "en": "Manifesto film, 2018",
            "zh_hans": "《宣言》影片，2018年",
            "ja": "映像『マニフェスト』（2018年）",
            "ko": "영상 〈매니페스토〉, 2018년",
            "en_gb": "Manifesto film, 2018",
        },
    },
]
