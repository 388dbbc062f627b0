//! Domains: web addresses in normalized text, as features the model can weigh.
//!
//! Gambling ads end in an address to type ("官网：ob5875.live",
//! "www.js719.net"). Word segmentation cuts an address into a random code and
//! a suffix, neither of which recurs, so the model learns nothing from it.
//! [`for_each_domain`] finds each address and names it by shape instead: a
//! marker that an address is present ([`DOMAIN`]) and its top-level domain
//! ([`tld_feature`]), which do recur (.vip, .top, .bet against .cn, .gov.cn).

/// Feature name marking any web address.
pub const DOMAIN: &str = "⟨domain⟩";

/// Top-level domains named as features; others share [`OTHER_TLD`].
const TLDS: [(&str, &str); 32] = [
    ("com", "⟨.com⟩"),
    ("net", "⟨.net⟩"),
    ("org", "⟨.org⟩"),
    ("cn", "⟨.cn⟩"),
    ("gov", "⟨.gov⟩"),
    ("edu", "⟨.edu⟩"),
    ("info", "⟨.info⟩"),
    ("cc", "⟨.cc⟩"),
    ("tv", "⟨.tv⟩"),
    ("me", "⟨.me⟩"),
    ("io", "⟨.io⟩"),
    ("co", "⟨.co⟩"),
    ("app", "⟨.app⟩"),
    ("vip", "⟨.vip⟩"),
    ("top", "⟨.top⟩"),
    ("xyz", "⟨.xyz⟩"),
    ("club", "⟨.club⟩"),
    ("live", "⟨.live⟩"),
    ("bet", "⟨.bet⟩"),
    ("win", "⟨.win⟩"),
    ("in", "⟨.in⟩"),
    ("la", "⟨.la⟩"),
    ("ws", "⟨.ws⟩"),
    ("site", "⟨.site⟩"),
    ("online", "⟨.online⟩"),
    ("shop", "⟨.shop⟩"),
    ("fun", "⟨.fun⟩"),
    ("asia", "⟨.asia⟩"),
    ("hk", "⟨.hk⟩"),
    ("mo", "⟨.mo⟩"),
    ("tw", "⟨.tw⟩"),
    ("us", "⟨.us⟩"),
];

/// Feature name for a top-level domain not in the list.
pub const OTHER_TLD: &str = "⟨.other⟩";

/// The feature naming a top-level domain (lower-case ASCII).
pub fn tld_feature(tld: &str) -> &'static str {
    TLDS.iter()
        .find(|(t, _)| *t == tld)
        .map_or(OTHER_TLD, |(_, f)| f)
}

fn is_label_byte(b: u8) -> bool {
    b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'
}

/// Calls `f(tld_feature, start, end)` for every web address in `text`
/// (already normalized: ASCII, lower case), with `start..end` its char range
/// including any `http://` or `https://`. An address is two or more labels of
/// `[a-z0-9-]` joined by dots whose last label is 2 to 6 letters.
pub fn for_each_domain(text: &str, mut f: impl FnMut(&'static str, usize, usize)) {
    let bytes = text.as_bytes();
    let mut i = 0;
    // Char index of byte i, tracked incrementally (text may hold CJK).
    let mut char_at = 0usize;
    while i < bytes.len() {
        if !is_label_byte(bytes[i]) {
            // i is always a char boundary here: runs end before a non-ASCII byte.
            char_at += 1;
            i += text[i..].chars().next().map_or(1, char::len_utf8);
            continue;
        }
        // A run of labels and dots starting at an ASCII label byte: all ASCII,
        // so byte and char lengths agree inside it.
        let start = i;
        let mut end = i;
        while end < bytes.len() && (is_label_byte(bytes[end]) || bytes[end] == b'.') {
            end += 1;
        }
        let mut run = &text[start..end];
        while let Some(r) = run.strip_suffix('.') {
            run = r;
        }
        let labels: Vec<&str> = run.split('.').collect();
        let tld = labels.last().copied().unwrap_or("");
        let is_domain = labels.len() >= 2
            && labels.iter().all(|l| !l.is_empty())
            && (2..=6).contains(&tld.len())
            && tld.bytes().all(|b| b.is_ascii_lowercase());
        if is_domain {
            let mut from = char_at;
            for scheme in ["https://", "http://"] {
                if text[..start].ends_with(scheme) {
                    from -= scheme.len();
                }
            }
            f(tld_feature(tld), from, char_at + run.len());
        }
        char_at += end - start;
        i = end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn domains(s: &str) -> Vec<(&'static str, String)> {
        let chars: Vec<char> = s.chars().collect();
        let mut v = Vec::new();
        for_each_domain(s, |t, a, b| v.push((t, chars[a..b].iter().collect())));
        v
    }

    #[test]
    fn addresses_and_their_tlds() {
        assert_eq!(
            domains("官网：ob5875.live"),
            vec![("⟨.live⟩", "ob5875.live".into())]
        );
        assert_eq!(
            domains("下载 https://www.js719.net/a 和 people.com.cn。"),
            vec![
                ("⟨.net⟩", "https://www.js719.net".into()),
                ("⟨.cn⟩", "people.com.cn".into())
            ]
        );
        assert_eq!(domains("见x.abcdefg和a.b9"), vec![]);
        assert_eq!(domains("k.qq"), vec![(OTHER_TLD, "k.qq".into())]);
    }

    #[test]
    fn numbers_and_versions_are_not_addresses() {
        assert!(domains("增长3.5%，版本v2.3，1998.01.05").is_empty());
        assert!(domains("").is_empty());
    }
}
