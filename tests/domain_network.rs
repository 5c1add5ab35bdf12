//! Native tests of allowed IP addresses: parsing every form of IPv4 and IPv6 address and range, a
//! message per bad line, and matching checked against a plain bit-by-bit comparison.
#![cfg(not(target_arch = "wasm32"))]

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use api_auth::domain::DomainError;
use api_auth::domain::network::{
    AllowedIps, IpRange, MAX_RANGES, RangeError, parse_address, parse_client_address, show_address,
};
use api_auth::ui::access_keys::words::line_error;
use api_auth::ui::words::Words;
use proptest::prelude::*;

fn ip(text: &str) -> IpAddr {
    text.parse().unwrap()
}

/// Whether the first `prefix` bits of `a` and `b` agree, one bit at a time.
fn same_leading_bits(a: &[u8], b: &[u8], prefix: u32) -> bool {
    (0..prefix as usize).all(|bit| (a[bit / 8] >> (7 - bit % 8)) & 1 == (b[bit / 8] >> (7 - bit % 8)) & 1)
}

/// Text shaped like an address: IPv6 groups (some empty, some too long), IPv4 parts, leading zeros.
fn address_like() -> impl Strategy<Value = String> {
    let group = prop_oneof![
        "[0-9a-fA-F]{0,5}",
        "[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,4}",
        Just(String::new())
    ];
    proptest::collection::vec(group, 1..10).prop_map(|groups| groups.join(":"))
}

proptest! {
    #[test]
    fn addresses_are_read_exactly_as_std_reads_them(text in prop_oneof![address_like(), "[0-9a-fA-F:.]{0,24}", "[0-9.]{0,16}"]) {
        prop_assert_eq!(parse_address(&text), text.parse::<IpAddr>().ok(), "{:?}", text);
    }

    #[test]
    fn addresses_are_written_exactly_as_std_writes_them(v6 in any::<u128>(), zeros in any::<u8>(), v4 in any::<u32>()) {
        // Runs of zero groups where the bits of `zeros` say, so that every compression case comes up.
        let groups: Vec<u16> = (0..8).map(|at| if zeros >> at & 1 == 1 { 0 } else { (v6 >> (16 * at)) as u16 }).collect();
        let v6 = Ipv6Addr::from(groups.iter().fold(0u128, |value, group| value << 16 | u128::from(*group)));
        for address in [IpAddr::V6(v6), IpAddr::V4(Ipv4Addr::from(v4)), IpAddr::V6(Ipv4Addr::from(v4).to_ipv6_mapped())] {
            prop_assert_eq!(show_address(address), address.to_string());
            prop_assert_eq!(parse_address(&show_address(address)), Some(address));
        }
    }

    #[test]
    fn an_ipv4_range_contains_exactly_the_addresses_that_share_its_prefix(network in any::<u32>(), prefix in 0u32..=32, other in any::<u32>()) {
        let network = if prefix == 0 { 0 } else { network & (u32::MAX << (32 - prefix)) };
        let text = format!("{}/{prefix}", Ipv4Addr::from(network));
        let range = IpRange::parse(&text).unwrap();
        let expected = same_leading_bits(&network.to_be_bytes(), &other.to_be_bytes(), prefix);
        prop_assert_eq!(range.contains(IpAddr::V4(Ipv4Addr::from(other))), expected);
        // The same client written as an IPv4-mapped IPv6 address is the same client.
        prop_assert_eq!(range.contains(IpAddr::V6(Ipv4Addr::from(other).to_ipv6_mapped())), expected);
        // What is shown reads back as the same range.
        prop_assert_eq!(IpRange::parse(&range.to_string()), Ok(range));
    }

    #[test]
    fn an_ipv6_range_contains_exactly_the_addresses_that_share_its_prefix(network in any::<u128>(), prefix in 0u32..=128, other in any::<u128>()) {
        let network = if prefix == 0 { 0 } else { network & (u128::MAX << (128 - prefix)) };
        // Mapped IPv4 networks are IPv4 ranges, tested above.
        prop_assume!(Ipv6Addr::from(network).to_ipv4_mapped().is_none());
        let text = format!("{}/{prefix}", Ipv6Addr::from(network));
        let range = IpRange::parse(&text).unwrap();
        let other_address = Ipv6Addr::from(other);
        prop_assume!(other_address.to_ipv4_mapped().is_none());
        prop_assert_eq!(
            range.contains(IpAddr::V6(other_address)),
            same_leading_bits(&network.to_be_bytes(), &other.to_be_bytes(), prefix)
        );
        // An IPv6 range never holds an IPv4 client.
        prop_assert!(!range.contains(ip("203.0.113.10")));
        prop_assert_eq!(IpRange::parse(&range.to_string()), Ok(range));
    }

    #[test]
    fn any_text_is_a_range_or_one_message_per_bad_line(text in "[0-9a-f:./ \n]{0,60}") {
        match AllowedIps::parse(&text) {
            Ok(allowed) => prop_assert_eq!(AllowedIps::parse(&allowed.lines()), Ok(allowed)),
            Err(errors) => {
                let bad: Vec<usize> = text.lines().enumerate()
                    .filter(|(_, line)| !line.trim().is_empty() && IpRange::parse(line).is_err())
                    .map(|(at, _)| at + 1)
                    .collect();
                prop_assert_eq!(errors.iter().map(|e| e.line).collect::<Vec<_>>(), bad);
                for error in &errors {
                    let prefix = format!("Line {}: ", error.line);
                    let said = line_error(error);
                    prop_assert!(said.starts_with(&prefix), "{}", said);
                }
            }
        }
    }
}

#[test]
fn every_bad_line_is_named_and_nothing_is_accepted_until_all_are_valid() {
    let text = "203.0.113.0/24\n300.1.2.3\n\n2001:db8::/32\n10.0.0.5/8\n192.0.2.1/33\n2001:db8::1/129\nlocalhost\n10.0.0.0/+8\n10.0.0.0/";
    let errors: Vec<String> = AllowedIps::parse(text).unwrap_err().iter().map(line_error).collect();
    assert_eq!(
        errors,
        [
            "Line 2: 300.1.2.3 is not an IP address or range",
            "Line 5: 10.0.0.5/8 has bits set after the prefix; did you mean 10.0.0.0/8?",
            "Line 6: 192.0.2.1/33: the prefix of an IPv4 range is at most /32",
            "Line 7: 2001:db8::1/129: the prefix of an IPv6 range is at most /128",
            "Line 8: localhost is not an IP address or range",
            "Line 9: 10.0.0.0/+8 is not an IP address or range",
            "Line 10: 10.0.0.0/ is not an IP address or range",
        ]
    );
}

#[test]
fn an_empty_list_allows_any_address_and_a_list_only_its_ranges() {
    let any = AllowedIps::parse("\n  \n").unwrap();
    assert!(any.is_any() && any.allows(ip("198.51.100.7")) && any.allows(ip("2001:db8::7")));

    let office = AllowedIps::parse("  203.0.113.0/24 \n2001:db8:abcd::/48\n198.51.100.7\n203.0.113.0/24").unwrap();
    assert_eq!(
        office.lines(),
        "203.0.113.0/24\n2001:db8:abcd::/48\n198.51.100.7",
        "trimmed, duplicates once"
    );
    for allowed in [
        "203.0.113.10",
        "203.0.113.255",
        "::ffff:203.0.113.10",
        "2001:db8:abcd:12::1",
        "198.51.100.7",
    ] {
        assert!(office.allows(ip(allowed)), "{allowed}");
        assert_eq!(office.check(ip(allowed)), Ok(()));
    }
    for refused in ["203.0.114.1", "198.51.100.8", "2001:db8:abce::1", "::1"] {
        assert!(!office.allows(ip(refused)), "{refused}");
    }
    assert_eq!(
        office.check(ip("::ffff:192.0.2.1")),
        Err(DomainError::AddressNotAllowed("192.0.2.1".into()))
    );
    assert_eq!(
        DomainError::AddressNotAllowed("192.0.2.1".into()).words(),
        "192.0.2.1 is not in this key's allowed IP addresses."
    );
}

#[test]
fn a_list_longer_than_the_limit_is_refused_whole() {
    let many: Vec<String> = (0..=MAX_RANGES)
        .map(|n| format!("10.0.{}.{}", n / 256, n % 256))
        .collect();
    let errors = AllowedIps::parse(&many.join("\n")).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].problem, RangeError::TooMany { listed: MAX_RANGES + 1 });
    assert_eq!(
        line_error(&errors[0]),
        "Line 101: a key can list at most 100 addresses or ranges; this list has 101"
    );
    assert!(AllowedIps::parse(&many[..MAX_RANGES].join("\n")).is_ok());
}

#[test]
fn a_client_address_is_read_or_refused_with_its_form() {
    assert_eq!(parse_client_address(" 203.0.113.10 "), Ok(ip("203.0.113.10")));
    assert_eq!(parse_client_address("::ffff:203.0.113.10"), Ok(ip("203.0.113.10")));
    assert_eq!(
        parse_client_address("203.0.113.0/24").unwrap_err().words(),
        "\"203.0.113.0/24\" is not an IP address; write it as 203.0.113.10 or 2001:db8::10."
    );
}

#[test]
fn the_hard_cases_of_address_text_are_read_as_std_reads_them() {
    for text in [
        "::",
        "::1",
        "1::",
        "1:2:3:4:5:6:7::",
        "::2:3:4:5:6:7:8",
        "1:2:3:4:5:6:7:8",
        "1:2:3:4::5:6:7:8",
        "1:2:3:4:5:6:1.2.3.4",
        "::ffff:203.0.113.10",
        "::1.2.3.4",
        "1.2.3.4::",
        "1:::2",
        ":1::",
        "1::2::3",
        "12345::",
        "fFfF::",
        "0.0.0.0",
        "255.255.255.255",
        "256.0.0.1",
        "01.2.3.4",
        "1.2.3",
        "1.2.3.4.5",
        "",
        "1:2:3:4:5:6:7:1.2.3.4",
        "::1:2:3:4:5:6:1.2.3.4",
        " 1.2.3.4",
        "+1.2.3.4",
        "1.2.3.04",
        "2001:db8::1%eth0",
    ] {
        assert_eq!(parse_address(text), text.parse::<IpAddr>().ok(), "{text:?}");
    }
    let valid = [
        "::",
        "::1",
        "1:2:3:4:5:6:7::",
        "1:2:3:4:5:6:1.2.3.4",
        "::ffff:203.0.113.10",
        "fFfF::",
    ];
    assert!(valid.iter().all(|text| parse_address(text).is_some()));
}
