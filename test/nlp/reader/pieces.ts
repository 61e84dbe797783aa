// Wire-copy sentences and the awkward pieces of news text the reader's tests compare with wink.
export const SENTENCES = [
  "WASHINGTON, May 12 (Reuters) - The U.S. Senate voted 52-48 on Tuesday to confirm the nominee, a spokesman for Sen. Mitch Reynolds said.",
  "\"We don't negotiate under threat,\" Foreign Minister Ana Dvořák told reporters in Prague. \"They can't expect us to.\"",
  "“I’m not going anywhere,” he said, adding that he’d meet Mr. Okafor and Dr. Haddad at 10:30 a.m. on Friday.",
  "Shares of Acme Corp. fell 3.5% to $1,000.50 after the company cut its 2025 forecast; it's the third cut since the 1990s.",
  "The central bank's rate-setting committee kept rates at 4.25%, its 3rd hold in a row, citing a $5m shortfall and 1,200 job losses.",
  "Protesters chanted outside the embassy — some waving flags, others holding signs that read 'No more war!' — until police arrived.",
  "Contact press@example.org or visit https://www.example.com/news/2024/05/story?id=123 for details; follow @newsdesk and #Elections2024.",
  "The well-known anti-government activist, a self-described ex-banker, called the plan \"half-baked\" and \"mid-1990s thinking\".",
  "São Paulo's mayor met officials from Zürich, Kraków and Reykjavík; Erdoğan's envoy and Nguyễn Văn An also attended.",
  "Москва and 北京 issued a joint statement (in Russian and Chinese) on Thursday… Officials declined to comment :) ;-) <3",
  "He's said he won't run again. She'd've known. Y'all can't be serious, can you? I'll see. We're done. They've left.",
  "The U.N. envoy, Mr.Smith, arrived at 9pm; talks resumed at 11:45pm and ended at 2 a.m. (0200 GMT).",
  "Prices rose 0.3% m/m in March vs. 0.4% in Feb., the Commerce Dept. said. The S&P 500 closed at 5,123.41.",
  "Tabs\tbetween\twords, nbsp\u00a0here, thin\u2009space, narrow\u202fnbsp, em\u2003space, ideographic\u3000space and zero\u200bwidth.",
  "A very long token: " + "x".repeat(300) + " and " + "Supercalifragilistic".repeat(20) + "-ish and 123456789012345678901234567890.",
  "Repeated unknowns: Zorbulan Zorbulan zorbulan ZORBULAN Zorbulan's Zorbulan, (Zorbulan) \"Zorbulan\" Zorbulan-led.",
  "Emoji 🙂👍🏽 and flags 🇺🇸🇫🇷 next to words😀 and ©2024 Acme™ ® marks.",
  "Quotes inside: ‘single’, “double”, «guillemets», „low“ and 'straight' ones, plus the 80s, '90s and ’70s.",
  "Ordinals 1st, 2nd, 3rd, 4th, 21st, 102nd and times 10:30, 9:15am, 18:00hrs; fractions 1/2 and ranges 2019-2024.",
  "Currencies: US$300, C$20, A$5, €10bn, £3.2m, ¥500, ₹1,000, USD 40, GBP40 and 3-for-2 deals.",
  "  Leading spaces,   several   spaces and trailing ones   ",
  "Line one.\nLine two.\n\nLine three after a blank.\n\n\nLine four after two.\r\nWindows line.",
  "Abbreviations: e.g. i.e. etc. Inc. Ltd. Co. Gov. Gen. Lt. Col. Jan. Feb. Sept. No. 10 and a.m./p.m.",
  "Hyphens: Secretary-General, el-Sisi, Tae-yul, co-operate, re-elect, e-mail, x-ray, non-stop, long--dash, en–dash, em—dash.",
  "Possessives: the Kremlin's, Jones' house, the Joneses', the U.S.' allies, NATO’s chief, the boss's desk.",
  "She saw the saw. They left the left lane. Leaves fall as she leaves. The meeting kept meeting targets. He found a found object.",
  "Better offers were better than the best bets; running mates kept running, and the wounded wound the bandages.",
  "Odd: ... ?! !!! ?? -- –– ---- (( )) [brackets] {braces} <tags> a/b c\\d 50/50 24/7 #1 @ & % ^ * | ~ = +.",
];

/** Pieces mixed at random by the property test. */
export const PIECES = [
  "don't", "can't", "I'm", "he's", "won't", "y'all", "it’s", "isn’t", "U.S.", "U.K.", "Mr.", "Mrs.", "Dr.", "e.g.", "Inc.",
  "https://example.com/a?b=c", "www.example.org", "user@example.com", "@handle", "#hashtag", "🙂", "👍🏽", ":)", ";-)", "<3",
  "1,000.50", "$5m", "10:30", "1990s", "'90s", "3rd", "21st", "well-known", "anti-war", "Secretary-General", "el-Sisi",
  "“Quoted”", "‘single’", "\"straight\"", "'apos'", "(paren)", "[bracket]", "Zürich", "Erdoğan", "Nguyễn", "Москва", "北京",
  "said,", "said.", "said:", "said;", "said!", "said?", "said)", "said”", "\"We", "“We", "(AP)", "—", "–", "-", "...", "…",
  "Flurbix", "flurbix", "FLURBIX", "Flurbix's", "Flurbix,", "x".repeat(70), "a.b.c", "A.B.", "3.", "5.5%", "-12", "+7",
  "Jones'", "boss's", "“Flurbix", "(Flurbix", "[abc", "{xyz", "‘Tis", "\"Ab", "“We", "(a", "Flurbix,”", "said.”", "said,\"", "Inc.,", "x.”",
  "a..", "said..", "said!?", "said;-", "U.S.”", "it’s.", "don't,”", "12", "3,000", "1.5.6", "1-2", "12/31/2024", "5-", "5..6", "007", "+5", "-3.2", "1,", "2.", "9:", "Flurbix’s", "Flurbix's", "FLURBIX'S", "FLURBIX’S", "A’s", "A's", "Zürich’s", "Zürich's", "USDA’s",
  "GBPx’s", "it’s", "he's", "Ab’s", "cat’s,", "’s", "'s", "Jones’", "O’Brien", "the", "The", "of", "and", "GMT", "a.m.", "p.m.", "No.", "1/2", "24/7", "50-50", "3-for-2", "&", "%",
];

/** Separators the property test puts between pieces. */
export const SEPARATORS = [" ", " ", " ", "  ", "", "\u00a0", "\u2009", "\u202f", "\t", "\n", "\n\n", "\n\n\n", "\r\n", " \n ", "\u3000", "\u200b"];
