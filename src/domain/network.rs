//! Allowed IP addresses: IPv4 and IPv6 addresses and CIDR ranges, one per line, and whether a client's
//! address is among them. An empty list allows any address.

use std::fmt;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use super::json::{self, FromJson, Json, JsonError, ToJson};

use super::error::DomainError;

/// The most addresses or ranges one key may list.
pub const MAX_RANGES: usize = 100;

/// An address (`203.0.113.10`, `2001:db8::1`) or a CIDR range (`203.0.113.0/24`, `2001:db8::/32`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct IpRange {
    network: IpAddr,
    prefix: u8,
}

/// Why one line of an allowed-addresses list was refused, naming the line (counted from 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineError {
    /// The line's number, from 1.
    pub line: usize,
    /// The line as typed (trimmed).
    pub text: String,
    /// What is wrong with it.
    pub problem: RangeError,
}

/// Why an address or range was refused (put into words by the UI).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RangeError {
    /// Not an IP address or range at all.
    NotAnAddress,
    /// A prefix longer than the address has bits (`/33` for IPv4): IPv`version` ranges end at `/max`.
    PrefixTooLong {
        /// 4 or 6.
        version: u8,
        /// The longest prefix, 32 or 128.
        max: u8,
    },
    /// Bits set after the prefix, most often a typo for the range `meant` (`10.0.0.0/8`).
    HostBits {
        /// The range with those bits cleared.
        meant: String,
    },
    /// The list is longer than [`MAX_RANGES`]: it has `listed`.
    TooMany {
        /// How many distinct addresses and ranges it lists.
        listed: usize,
    },
}

/// The address as IPv4 when it is an IPv4-mapped IPv6 address (`::ffff:203.0.113.10`), so that one
/// client matches the same ranges whichever way its address is written.
fn canonical(address: IpAddr) -> IpAddr {
    match address {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(address, IpAddr::V4),
        v4 => v4,
    }
}

/// The address's bits, left-aligned in 128, and how many there are.
fn bits(address: IpAddr) -> (u128, u8) {
    match address {
        IpAddr::V4(v4) => (u128::from(u32::from(v4)) << 96, 32),
        IpAddr::V6(v6) => (u128::from(v6), 128),
    }
}

fn mask(prefix: u8) -> u128 {
    if prefix == 0 {
        0
    } else {
        u128::MAX << (128 - u32::from(prefix))
    }
}

impl IpRange {
    /// Reads an address or a range; the error says what is wrong, including host bits set after the
    /// prefix, which is most often a typo.
    pub fn parse(text: &str) -> Result<Self, RangeError> {
        let text = text.trim();
        let not_one = || RangeError::NotAnAddress;
        let (address, prefix) = match text.split_once('/') {
            Some((address, prefix)) => (address, Some(prefix)),
            None => (text, None),
        };
        let address = canonical(parse_address(address).ok_or_else(not_one)?);
        let (value, width) = bits(address);
        let prefix = match prefix {
            None => width,
            Some(prefix) => {
                // Digits only: `u8` would also read `+8`.
                if prefix.is_empty() || !prefix.bytes().all(|byte| byte.is_ascii_digit()) {
                    return Err(not_one());
                }
                let prefix: u8 = prefix.parse().map_err(|_| not_one())?;
                if prefix > width {
                    return Err(RangeError::PrefixTooLong {
                        version: if width == 32 { 4 } else { 6 },
                        max: width,
                    });
                }
                prefix
            }
        };
        let range = Self {
            network: address,
            prefix,
        };
        if value & !mask(prefix) != 0 {
            let network = show_address(Self::from_bits(value & mask(prefix), width));
            return Err(RangeError::HostBits {
                meant: format!("{network}/{prefix}"),
            });
        }
        Ok(range)
    }

    fn from_bits(value: u128, width: u8) -> IpAddr {
        if width == 32 {
            IpAddr::V4(Ipv4Addr::from((value >> 96) as u32))
        } else {
            IpAddr::V6(Ipv6Addr::from(value))
        }
    }

    /// Whether `address` is in the range (an IPv4-mapped IPv6 address counts as its IPv4 address).
    pub fn contains(self, address: IpAddr) -> bool {
        let address = canonical(address);
        let ((network, width), (value, other)) = (bits(self.network), bits(address));
        width == other && (network ^ value) & mask(self.prefix) == 0
    }
}

impl fmt::Display for IpRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (_, width) = bits(self.network);
        f.write_str(&show_address(self.network))?;
        if self.prefix != width {
            write!(f, "/{}", self.prefix)?;
        }
        Ok(())
    }
}

/// A key's allowed IP addresses. Empty: any address. Stored as the list of its ranges as text; a range
/// that does not read back makes the record unreadable (set aside, never guessed at).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AllowedIps(Vec<IpRange>);

impl ToJson for AllowedIps {
    fn write_json(&self, out: &mut String) {
        let lines: Vec<String> = self.0.iter().map(ToString::to_string).collect();
        lines.write_json(out);
    }
}

impl FromJson for AllowedIps {
    fn from_json(value: &Json<'_>) -> Result<Self, JsonError> {
        json::read_via::<Vec<String>, _>(value)
    }
}

impl TryFrom<Vec<String>> for AllowedIps {
    type Error = String;
    fn try_from(lines: Vec<String>) -> Result<Self, Self::Error> {
        lines
            .iter()
            // The record's reason names the range that does not read back.
            .map(|line| IpRange::parse(line).map_err(|_| line.clone()))
            .collect::<Result<_, _>>()
            .map(Self)
    }
}

impl From<AllowedIps> for Vec<String> {
    fn from(allowed: AllowedIps) -> Self {
        allowed.0.iter().map(ToString::to_string).collect()
    }
}

impl AllowedIps {
    /// Any address.
    pub fn any() -> Self {
        Self::default()
    }

    /// Reads one address or range per line (blank lines skipped). Every bad line gets its own error,
    /// in line order; nothing is accepted until all are valid.
    pub fn parse(text: &str) -> Result<Self, Vec<LineError>> {
        let mut ranges = Vec::new();
        let mut errors = Vec::new();
        for (index, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            match IpRange::parse(line) {
                Ok(range) => {
                    if !ranges.contains(&range) {
                        ranges.push(range);
                    }
                }
                Err(problem) => errors.push(LineError {
                    line: index + 1,
                    text: line.trim().to_owned(),
                    problem,
                }),
            }
        }
        if errors.is_empty() && ranges.len() > MAX_RANGES {
            errors.push(LineError {
                line: text.lines().count(),
                text: text.lines().last().unwrap_or_default().trim().to_owned(),
                problem: RangeError::TooMany { listed: ranges.len() },
            });
        }
        if errors.is_empty() {
            Ok(Self(ranges))
        } else {
            Err(errors)
        }
    }

    /// Whether any address is allowed (nothing listed).
    pub fn is_any(&self) -> bool {
        self.0.is_empty()
    }

    /// The ranges, in the order given.
    pub fn ranges(&self) -> &[IpRange] {
        &self.0
    }

    /// Whether a client at `address` may use the key.
    pub fn allows(&self, address: IpAddr) -> bool {
        self.is_any() || self.0.iter().any(|range| range.contains(address))
    }

    /// Refuses a client at `address` that the list does not allow, in the words the user reads.
    pub fn check(&self, address: IpAddr) -> Result<(), DomainError> {
        if self.allows(address) {
            Ok(())
        } else {
            Err(DomainError::AddressNotAllowed(show_address(canonical(address))))
        }
    }

    /// One range per line, as the field shows them.
    pub fn lines(&self) -> String {
        self.0.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
    }
}

/// Reads a client's address, as typed into the credential check.
pub fn parse_client_address(text: &str) -> Result<IpAddr, DomainError> {
    if text.trim().is_empty() {
        return Err(DomainError::ClientAddressEmpty);
    }
    parse_address(text.trim())
        .map(canonical)
        .ok_or_else(|| DomainError::MalformedClientAddress(text.trim().to_owned()))
}

// Addresses are read and written here rather than by std's `FromStr` and `Display`, which cost the
// shipped wasm several KB for the same results (std is the oracle of the property tests).

/// Reads an IPv4 address (`203.0.113.10`; no leading zeros) or an IPv6 address (`2001:db8::1`, with at
/// most one `::` and an optional IPv4 tail, `::ffff:203.0.113.10`), exactly as std's `IpAddr` does.
pub fn parse_address(text: &str) -> Option<IpAddr> {
    match parse_v4(text) {
        Some(v4) => Some(IpAddr::V4(Ipv4Addr::from(v4))),
        None => parse_v6(text).map(|v6| IpAddr::V6(Ipv6Addr::from(v6))),
    }
}

fn parse_v4(text: &str) -> Option<u32> {
    let mut value = 0u32;
    let mut parts = 0;
    for part in text.split('.') {
        parts += 1;
        let digits = part.as_bytes();
        if parts > 4 || digits.is_empty() || digits.len() > 3 || digits.len() > 1 && digits[0] == b'0' {
            return None;
        }
        let octet = digits.iter().try_fold(0u32, |octet, digit| {
            digit.is_ascii_digit().then(|| octet * 10 + u32::from(digit - b'0'))
        })?;
        if octet > 255 {
            return None;
        }
        value = value << 8 | octet;
    }
    (parts == 4).then_some(value)
}

/// The 16-bit groups of `part` (`1:2:3`); the last may be an IPv4 address (two groups) when `tail`.
fn v6_groups(part: &str, tail: bool, groups: &mut Vec<u16>) -> Option<()> {
    if part.is_empty() {
        return Some(());
    }
    let mut pieces = part.split(':').peekable();
    while let Some(piece) = pieces.next() {
        if tail && pieces.peek().is_none() && piece.contains('.') {
            let v4 = parse_v4(piece)?;
            groups.extend([(v4 >> 16) as u16, v4 as u16]);
        } else {
            if piece.is_empty() || piece.len() > 4 {
                return None;
            }
            let group = piece.bytes().try_fold(0u16, |group, digit| {
                let value = char::from(digit).to_digit(16)?;
                Some(group << 4 | value as u16)
            })?;
            groups.push(group);
        }
    }
    Some(())
}

fn parse_v6(text: &str) -> Option<u128> {
    let mut groups = Vec::with_capacity(8);
    match text.split_once("::") {
        None => {
            v6_groups(text, true, &mut groups)?;
            if groups.len() != 8 {
                return None;
            }
        }
        Some((head, tail)) => {
            v6_groups(head, false, &mut groups)?;
            let mut after = Vec::with_capacity(8);
            v6_groups(tail, true, &mut after)?;
            // `::` stands for at least one group.
            if groups.len() + after.len() > 7 {
                return None;
            }
            groups.resize(8 - after.len(), 0);
            groups.extend(after);
        }
    }
    Some(
        groups
            .iter()
            .fold(0u128, |value, group| value << 16 | u128::from(*group)),
    )
}

/// An address as std writes it: `203.0.113.10`; IPv6 in RFC 5952 form (lowercase, the longest run of two
/// or more zero groups as `::`), an IPv4-mapped one as `::ffff:203.0.113.10`.
pub fn show_address(address: IpAddr) -> String {
    use std::fmt::Write;
    let v6 = match address {
        IpAddr::V4(v4) => {
            let [a, b, c, d] = v4.octets();
            return format!("{a}.{b}.{c}.{d}");
        }
        IpAddr::V6(v6) => v6,
    };
    if let Some(v4) = v6.to_ipv4_mapped() {
        return format!("::ffff:{}", show_address(IpAddr::V4(v4)));
    }
    let groups = v6.segments();
    // The longest run of zero groups (the first of equals), if it is two or more long.
    let (mut best, mut run) = ((0, 0), (0, 0));
    for (at, group) in groups.iter().enumerate() {
        if *group == 0 {
            run = if run.1 == 0 { (at, 1) } else { (run.0, run.1 + 1) };
            if run.1 > best.1 {
                best = run;
            }
        } else {
            run = (0, 0);
        }
    }
    let mut text = String::with_capacity(39);
    let mut at = 0;
    while at < 8 {
        if best.1 >= 2 && at == best.0 {
            text.push_str("::");
            at += best.1;
            continue;
        }
        if !text.is_empty() && !text.ends_with(':') {
            text.push(':');
        }
        let _ = write!(text, "{:x}", groups[at]);
        at += 1;
    }
    text
}
