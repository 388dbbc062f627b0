//! Links: link farms among the body's anchors.
//!
//! Spam pages carry runs of links to gambling sites: the anchors name the
//! sites or their games, or are plain domain names, and every one points to
//! a different made-up host. Genuine pages have runs of links too — a news
//! site's navigation (its own, mostly relative links), "友情链接" lists of
//! other news and government sites, a lottery-news portal's links to the
//! official lottery sites — so neither a run of links nor its external hosts
//! is the signal: gambling evidence on top of a run to many hosts is.
//!
//! Anchors are grouped into *blocks*: consecutive anchors whose gap in the
//! body (the text between one anchor's end and the next one's start) is at
//! most [`MAX_GAP_CHARS`] code points with no sentence-ending punctuation
//! (`。！？；!?;`), so separators (" | ", "、", line breaks of a list) join
//! anchors and prose parts them. A block is a farm when it has at least
//! [`MIN_ANCHORS`] anchors to at least [`MIN_HOSTS`] distinct external
//! hosts and at least half of its anchors carry gambling evidence: anchor
//! text whose log-odds under the model reach [`TEXT_MIN_LOG_ODDS`], or a
//! host that looks like a gambling site ([`host_looks_gambling`]). One span
//! covers the block, from its first anchor's text to its last's, less edge
//! anchors that read as genuine (relative, own-site or institutional links,
//! text at or below [`EDGE_GENUINE_LOG_ODDS`]).
//!
//! Hosts are compared by a registrable-ish name ([`site_of`]): lower-case,
//! port and `www.` dropped, the last two labels (three under a two-letter
//! country code with a generic second level: `people.com.cn`, `beijing.gov.cn`).
//! Relative links have no host and are never external; the page's own site
//! is taken to be the most linked host when it has at least
//! [`OWN_SITE_MIN_LINKS`] links, and is not external either. Government,
//! education and military hosts ([`is_institutional`]) never count as
//! gambling evidence, whatever their anchor text says.

use super::{Field, PollutedSpan, SpanKind};
use crate::decode::Link;
use crate::text::normalize::is_word_char;
use std::collections::HashMap;

/// Longest gap (code points) between two anchors of one block: room for a
/// separator with spaces, a bullet or a short label, not for a clause.
pub const MAX_GAP_CHARS: usize = 12;
/// Fewest anchors of a farm block.
pub const MIN_ANCHORS: usize = 4;
/// Fewest distinct external sites a farm block links to.
pub const MIN_HOSTS: usize = 4;
/// Log-odds of spam an anchor's text must reach on its own to count as
/// gambling. With the shipped model gambling site and game names score
/// 10-25 nats ("皇冠娱乐城", "真人百家乐", "时时彩"), news and government
/// site names -5 to -11, but names of lottery portals up to about 7
/// ("中彩网", "500彩票网"): the bar sits above them. Gambling brands that
/// score lower are left to the host evidence.
pub const TEXT_MIN_LOG_ODDS: f64 = 8.0;
/// Least share of a block's anchors with gambling evidence.
pub const MIN_GAMBLING_SHARE: f64 = 0.5;
/// Log-odds at or below which an anchor at a farm block's edge reads as
/// genuine ("新华网" about -9, "北京市人民政府" -5) and is left out of the
/// span; calls to action ("立即访问", "会员登录") score around 0 and stay.
pub const EDGE_GENUINE_LOG_ODDS: f64 = -3.0;
/// Links to one host that make it the page's own site.
pub const OWN_SITE_MIN_LINKS: usize = 3;

/// Characters that end a sentence: a gap holding one parts two anchors.
fn ends_sentence(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '；' | '!' | '?' | ';')
}

/// Whether the text between two anchors keeps them in one block: no
/// sentence end, and no new line that opens with words of its own (a label
/// such as "合作网站：" starts another block; a list's bare line breaks don't).
fn joins(gap: &str) -> bool {
    if gap.chars().any(ends_sentence) {
        return false;
    }
    match gap.split_once('\n') {
        Some((_, after)) => !after.chars().any(is_word_char),
        None => true,
    }
}

/// Whether an href names a host (`scheme://…` or `//…`): a cheap test
/// before any host is parsed.
fn is_absolute(href: &str) -> bool {
    href.starts_with("//") || href.find("://").is_some_and(|p| p <= 8)
}

/// Second-level labels that sit under a country code (`com.cn`, `gov.cn`).
const GENERIC_SECOND_LEVEL: [&str; 9] =
    ["com", "net", "org", "gov", "edu", "ac", "co", "mil", "gob"];

/// The host of an absolute (`scheme://` or `//`) link, lower-case, without
/// user info, port or trailing dot; `None` for relative, `mailto:`,
/// `javascript:` and other links without a host.
pub fn host_of(href: &str) -> Option<String> {
    let lower = href.trim().to_ascii_lowercase();
    let rest = if let Some(r) = lower.strip_prefix("//") {
        r
    } else {
        let (scheme, r) = lower.split_once("://")?;
        if !matches!(scheme, "http" | "https") {
            return None;
        }
        r
    };
    let authority = rest.split(['/', '?', '#', '\\']).next().unwrap_or("");
    let authority = authority.rsplit('@').next().unwrap_or("");
    let host = authority
        .split(':')
        .next()
        .unwrap_or("")
        .trim_end_matches('.');
    (!host.is_empty() && host.contains('.')).then(|| host.to_string())
}

/// The registrable-ish site of a host: `news.people.com.cn` ->
/// `people.com.cn`, `www.bet365.com` -> `bet365.com`; an IP address stays whole.
pub fn site_of(host: &str) -> String {
    let host = host.strip_prefix("www.").unwrap_or(host);
    if host.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return host.to_string();
    }
    let labels: Vec<&str> = host.split('.').filter(|l| !l.is_empty()).collect();
    let n = labels.len();
    let keep =
        if n >= 3 && labels[n - 1].len() == 2 && GENERIC_SECOND_LEVEL.contains(&labels[n - 2]) {
            3
        } else {
            2
        };
    labels[n.saturating_sub(keep)..].join(".")
}

/// Government, education and military sites: `gov.cn`, `*.edu.cn`, `*.gov`, ….
pub fn is_institutional(site: &str) -> bool {
    site.split('.')
        .skip(1)
        .any(|l| matches!(l, "gov" | "edu" | "mil" | "ac"))
}

/// Host-name words of gambling sites (pinyin and abbreviations of their
/// brand and game names, English gambling words). Words of three letters or
/// fewer must be a whole letter run of the name (`xpj` in `xpj8866`), longer
/// ones may sit anywhere in it (`bocai` in `zhongguobocai`).
const GAMBLING_HOST_WORDS: [&str; 30] = [
    "bet",
    "casino",
    "bocai",
    "duchang",
    "dubo",
    "xpj",
    "pujing",
    "jinsha",
    "weinisi",
    "wns",
    "huangguan",
    "hgty",
    "liuhecai",
    "lhc",
    "bjl",
    "baijiale",
    "qipai",
    "poker",
    "slot",
    "yabo",
    "kaiyun",
    "leyu",
    "bbin",
    "dafa",
    "yongli",
    "xinpujing",
    "amjs",
    "ag",
    "sbty",
    "tyc",
];

/// Weaker host-name words: also used by lottery news, entertainment or Macau
/// tourism sites, so they count half (`aomen` is Macau, `yule` entertainment,
/// `caipiao` lottery, `kaijiang` draw results).
const WEAK_HOST_WORDS: [&str; 8] = [
    "aomen", "macau", "yule", "caipiao", "kaijiang", "yl", "cp", "vip",
];

/// Top-level domains that cheap throwaway gambling sites favour; genuine
/// Chinese news and government sites rarely use them. They count half.
const SUSPICIOUS_TLDS: [&str; 12] = [
    "bet", "casino", "poker", "games", "vip", "win", "xyz", "top", "club", "fun", "cc", "app",
];

/// Whether a site's name looks like a gambling site's: a gambling host word
/// counts 1, a weak word, a run of three or more digits (`8888`, `365`) or
/// a suspicious top-level domain ½ each; the site looks gambling at 1.
pub fn host_looks_gambling(site: &str) -> bool {
    if is_institutional(site) {
        return false;
    }
    let (name, tld) = site.rsplit_once('.').unwrap_or((site, ""));
    let mut score = 0.0;
    if SUSPICIOUS_TLDS.contains(&tld) {
        score += 0.5;
    }
    let mut digits_seen = false;
    let bytes = name.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let alpha = bytes[i].is_ascii_alphabetic();
        let digit = bytes[i].is_ascii_digit();
        let mut j = i + 1;
        while j < bytes.len()
            && (bytes[j].is_ascii_alphabetic() == alpha && bytes[j].is_ascii_digit() == digit)
        {
            j += 1;
        }
        let run = &name[i..j];
        if alpha {
            let hit = |w: &&str| {
                if w.len() <= 3 {
                    run == *w
                } else {
                    run.contains(*w)
                }
            };
            if GAMBLING_HOST_WORDS.iter().any(hit) {
                score += 1.0;
            } else if WEAK_HOST_WORDS.iter().any(hit) {
                score += 0.5;
            }
        } else if digit && run.len() >= 3 && !digits_seen {
            digits_seen = true;
            score += 0.5;
        }
        i = j;
    }
    score >= 1.0
}

/// The link-farm spans of `body` (kind [`SpanKind::Link`]). `links` are the
/// body's anchors in document order (code-point and byte ranges into `body`),
/// `log_odds` the model's text-level log-odds of spam.
pub fn farm_spans(body: &str, links: &[Link], log_odds: &dyn Fn(&str) -> f64) -> Vec<PollutedSpan> {
    if links.len() < MIN_ANCHORS {
        return Vec::new();
    }
    // Text by the anchors' byte ranges; a range that doesn't fit the body
    // (a hand-built document) reads as empty and joins nothing.
    let text = |i: usize| {
        body.get(links[i].byte_start..links[i].byte_end)
            .unwrap_or("")
    };

    // Blocks: maximal runs of anchors with short, sentence-free gaps.
    let mut blocks: Vec<(usize, usize)> = Vec::new();
    let mut start = 0usize;
    for i in 1..=links.len() {
        let joined = i < links.len() && {
            let (prev, next) = (&links[i - 1], &links[i]);
            next.start >= prev.end
                && next.start - prev.end <= MAX_GAP_CHARS
                && body.get(prev.byte_end..next.byte_start).is_some_and(joins)
        };
        if !joined {
            let absolute = (start..i).filter(|&j| is_absolute(&links[j].href)).count();
            if i - start >= MIN_ANCHORS && absolute >= MIN_HOSTS {
                blocks.push((start, i));
            }
            start = i;
        }
    }
    if blocks.is_empty() {
        return Vec::new();
    }

    let sites: Vec<Option<String>> = links
        .iter()
        .map(|l| host_of(&l.href).map(|h| site_of(&h)))
        .collect();
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for s in sites.iter().flatten() {
        *counts.entry(s.as_str()).or_default() += 1;
    }
    let own = counts
        .iter()
        .filter(|&(_, &n)| n >= OWN_SITE_MIN_LINKS)
        .max_by_key(|&(s, &n)| (n, std::cmp::Reverse(*s)))
        .map(|(s, _)| s.to_string());
    let external = |i: usize| sites[i].as_deref().filter(|s| Some(*s) != own.as_deref());

    let mut out = Vec::new();
    for (a, b) in blocks {
        let mut hosts: Vec<&str> = (a..b).filter_map(external).collect();
        hosts.sort_unstable();
        hosts.dedup();
        if hosts.len() < MIN_HOSTS {
            continue;
        }
        // `hosts` is sorted, so the gambling ones are too: a binary search
        // per anchor keeps a block of many distinct hosts near-linear.
        let gambling_hosts: Vec<&str> = hosts
            .iter()
            .copied()
            .filter(|s| host_looks_gambling(s))
            .collect();
        let odds: Vec<f64> = (a..b).map(|i| log_odds(text(i))).collect();
        let institutional = |i: usize| sites[i].as_deref().is_some_and(is_institutional);
        let has_evidence = |i: usize| {
            !institutional(i)
                && (external(i).is_some_and(|s| gambling_hosts.binary_search(&s).is_ok())
                    || odds[i - a] >= TEXT_MIN_LOG_ODDS)
        };
        let evidence = (a..b).filter(|&i| has_evidence(i)).count();
        let share = evidence as f64 / (b - a) as f64;
        if share < MIN_GAMBLING_SHARE {
            continue;
        }
        // Score: the share of anchors with evidence, from 0.75 at half to 1.
        let score = (0.5 + 0.5 * share).clamp(0.0, 1.0);
        // The span leaves out edge anchors that read as genuine: the site's
        // own or institutional links, or text the model calls genuine.
        let belongs = |i: usize| {
            has_evidence(i)
                || (external(i).is_some()
                    && !institutional(i)
                    && odds[i - a] > EDGE_GENUINE_LOG_ODDS)
        };
        let first = (a..b).find(|&i| belongs(i)).unwrap_or(a);
        let last = (a..b).rev().find(|&i| belongs(i)).unwrap_or(b - 1);
        let (start, end) = (links[first].start, links[last].end);
        out.push(PollutedSpan {
            field: Field::Body,
            start,
            end,
            text: body
                .get(links[first].byte_start..links[last].byte_end)
                .unwrap_or("")
                .to_string(),
            score,
            kind: SpanKind::Link,
            block: None,
            html: None,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A body of anchors joined by `sep` (optionally after a `label`), and the links.
    fn block(label: &str, anchors: &[(&str, &str)], sep: &str) -> (String, Vec<Link>) {
        let mut body = String::from("今天的新闻到此结束。\n");
        body.push_str(label);
        let mut links = Vec::new();
        for (i, (text, href)) in anchors.iter().enumerate() {
            if i > 0 {
                body.push_str(sep);
            }
            let (start, byte_start) = (body.chars().count(), body.len());
            body.push_str(text);
            links.push(Link {
                href: href.to_string(),
                start,
                end: body.chars().count(),
                byte_start,
                byte_end: body.len(),
            });
        }
        body.push_str("\n本网站所刊登的新闻信息版权归原作者所有。");
        (body, links)
    }

    /// A stand-in for the model: gambling words score high, the rest low.
    fn odds(t: &str) -> f64 {
        let hits = [
            "娱乐",
            "博彩",
            "六合彩",
            "百家乐",
            "真人",
            "投注",
            "葡京",
            "赌场",
            "彩金",
        ]
        .iter()
        .filter(|w| t.contains(*w))
        .count();
        if hits > 0 {
            6.0 + 4.0 * hits as f64
        } else {
            -2.0
        }
    }

    fn check(body: &str, spans: &[PollutedSpan]) {
        for s in spans {
            let text: String = body.chars().skip(s.start).take(s.end - s.start).collect();
            assert_eq!(text, s.text);
            assert_eq!(s.kind, SpanKind::Link);
            assert!((0.0..=1.0).contains(&s.score));
        }
    }

    #[test]
    fn hosts_and_sites() {
        assert_eq!(
            host_of("https://News.People.com.cn:8080/a?b").as_deref(),
            Some("news.people.com.cn")
        );
        assert_eq!(
            host_of("//www.bet365.com").as_deref(),
            Some("www.bet365.com")
        );
        assert_eq!(host_of("/n/2024/1.html"), None);
        assert_eq!(host_of("mailto:a@b.com"), None);
        assert_eq!(host_of("javascript:void(0)"), None);
        assert_eq!(site_of("news.people.com.cn"), "people.com.cn");
        assert_eq!(site_of("www.gov.cn"), "gov.cn");
        assert_eq!(site_of("www.beijing.gov.cn"), "beijing.gov.cn");
        assert_eq!(site_of("sports.sina.com.cn"), "sina.com.cn");
        assert_eq!(site_of("a.b.xinhuanet.com"), "xinhuanet.com");
        assert!(is_institutional("beijing.gov.cn") && is_institutional("pku.edu.cn"));
        assert!(!is_institutional("people.com.cn"));
        for s in [
            "xpj8866.com",
            "bet365.com",
            "amjs888.vip",
            "hg0088.cc",
            "zhongguobocai.net",
            "8888.vip",
        ] {
            assert!(host_looks_gambling(s), "{s}");
        }
        for s in [
            "people.com.cn",
            "xinhuanet.com",
            "alphabet.com",
            "sporttery.cn",
            "cwl.gov.cn",
            "500.com",
            "163.com",
            "yule.cn",
            "lottery.gov.cn",
        ] {
            assert!(!host_looks_gambling(s), "{s}");
        }
    }

    #[test]
    fn gambling_link_farm_is_one_span() {
        let (body, links) = block(
            "合作伙伴：",
            &[
                ("澳门葡京娱乐", "https://www.site-a1.com/"),
                ("真人百家乐", "http://site-b2.net"),
                ("六合彩投注", "https://site-c3.org/x"),
                ("新闻中心", "/news/"),
                ("博彩资讯", "https://site-d4.com"),
                ("皇冠娱乐城", "https://site-e5.com"),
            ],
            " | ",
        );
        let spans = farm_spans(&body, &links, &odds);
        check(&body, &spans);
        assert_eq!(spans.len(), 1);
        assert!(spans[0].text.starts_with("澳门葡京娱乐") && spans[0].text.ends_with("皇冠娱乐城"));
        assert!(spans[0].score >= 0.75);
    }

    #[test]
    fn genuine_links_at_a_farm_edge_stay_outside_the_span() {
        let (body, links) = block(
            "",
            &[
                ("新闻中心", "/news/"),
                ("人民网", "http://www.people.com.cn/"),
                ("立即访问", "https://xpj8866.com/"),
                ("会员登录", "https://amjs888.vip/"),
                ("hg0088.cc", "http://hg0088.cc"),
                ("备用网址", "https://bet9527.net/"),
                ("中国政府网", "https://www.gov.cn/"),
            ],
            " | ",
        );
        let odds = |t: &str| {
            if ["人民网", "中国政府网"].contains(&t) {
                -8.0
            } else {
                0.0
            }
        };
        let spans = farm_spans(&body, &links, &odds);
        check(&body, &spans);
        assert_eq!(spans.len(), 1);
        assert_eq!(spans[0].text, "立即访问 | 会员登录 | hg0088.cc | 备用网址");
    }

    #[test]
    fn innocent_anchors_on_gambling_hosts_are_a_farm() {
        let (body, links) = block(
            "",
            &[
                ("xpj8866.com", "https://www.xpj8866.com/"),
                ("精彩生活", "https://amjs888.vip/"),
                ("hg0088.cc", "http://hg0088.cc"),
                ("在线服务", "https://bet9527.net/"),
                ("点击进入", "https://6hc1122.xyz/"),
            ],
            "\n",
        );
        let spans = farm_spans(&body, &links, &odds);
        check(&body, &spans);
        assert_eq!(spans.len(), 1);
        assert_eq!(spans[0].start, links[0].start);
        assert_eq!(spans[0].end, links[4].end);
    }

    #[test]
    fn genuine_link_lists_stay_clean() {
        let friends = block(
            "友情链接：",
            &[
                ("新华网", "http://www.xinhuanet.com/"),
                ("人民网", "http://www.people.com.cn/"),
                ("中国政府网", "https://www.gov.cn/"),
                ("央视网", "https://www.cctv.com/"),
                ("中国新闻网", "https://www.chinanews.com.cn/"),
                ("光明网", "https://www.gmw.cn/"),
            ],
            " ",
        );
        let government = block(
            "政府网站：",
            &[
                ("北京市人民政府", "https://www.beijing.gov.cn/"),
                ("上海市人民政府", "https://www.shanghai.gov.cn/"),
                ("国家体育总局", "https://www.sport.gov.cn/"),
                ("财政部", "http://www.mof.gov.cn/"),
                ("民政部", "http://www.mca.gov.cn/"),
            ],
            "、",
        );
        let nav = block(
            "",
            &[
                ("首页", "/"),
                ("新闻", "/news/"),
                ("体育", "https://sports.example-news.com/"),
                ("彩票", "https://lottery.example-news.com/"),
                ("娱乐", "https://ent.example-news.com/"),
                ("财经", "/finance/"),
            ],
            " | ",
        );
        // A lottery news portal: its anchors speak of lotteries, its hosts
        // are the official lottery sites and news sites.
        let lottery = block(
            "彩票网站：",
            &[
                ("中国福利彩票", "http://www.cwl.gov.cn/"),
                ("中国体育彩票", "https://www.lottery.gov.cn/"),
                ("中国竞彩网", "https://www.sporttery.cn/"),
                ("中彩网", "https://www.zhcw.com/"),
                ("新浪彩票", "https://lottery.sina.com.cn/"),
                ("网易彩票", "https://caipiao.163.com/"),
            ],
            " ",
        );
        for (body, links) in [friends, government, nav, lottery] {
            assert!(farm_spans(&body, &links, &odds).is_empty(), "{body}");
        }
    }

    #[test]
    fn prose_and_long_gaps_part_anchors() {
        let hosts = [
            "https://bet01.xyz/",
            "https://bet02.xyz/",
            "https://bet03.xyz/",
            "https://bet04.xyz/",
        ];
        let anchors: Vec<(&str, &str)> = hosts.iter().map(|h| ("点此", *h)).collect();
        let (body, links) = block("", &anchors, "。");
        assert!(farm_spans(&body, &links, &odds).is_empty());
        let (body, links) = block("", &anchors, "，这是一段很长的正文内容，不是分隔符，");
        assert!(farm_spans(&body, &links, &odds).is_empty());
        let (body, links) = block("", &anchors, " · ");
        assert_eq!(farm_spans(&body, &links, &odds).len(), 1);
        let (body, links) = block("", &anchors, "\n");
        assert_eq!(farm_spans(&body, &links, &odds).len(), 1);
        let (body, links) = block("", &anchors, "\n合作：");
        assert!(farm_spans(&body, &links, &odds).is_empty());
    }
}
