//! Allowed IP addresses: IPv4 and IPv6 addresses and CIDR ranges, one per line, and whether a client's
//! address is among them. An empty list allows any address.

use std::fmt;
use std::net::IpAddr;

use serde::{Deserialize, Serialize};

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
    /// What is wrong with it, in words.
    pub message: String,
}

impl fmt::Display for LineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Line {}: {}", self.line, self.message)
    }
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
    /// Reads an address or a range; the message says what is wrong ("300.1.2.3 is not an IP address or
    /// range"), including host bits set after the prefix, which is most often a typo.
    pub fn parse(text: &str) -> Result<Self, String> {
        let text = text.trim();
        let not_one = || format!("{text} is not an IP address or range");
        let (address, prefix) = match text.split_once('/') {
            Some((address, prefix)) => (address, Some(prefix)),
            None => (text, None),
        };
        let address = canonical(address.parse::<IpAddr>().map_err(|_| not_one())?);
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
                    return Err(format!(
                        "{text}: the prefix of an IPv{} range is at most /{width}",
                        if width == 32 { 4 } else { 6 }
                    ));
                }
                prefix
            }
        };
        let range = Self {
            network: address,
            prefix,
        };
        if value & !mask(prefix) != 0 {
            let network = Self::from_bits(value & mask(prefix), width);
            return Err(format!(
                "{text} has bits set after the prefix; did you mean {network}/{prefix}?"
            ));
        }
        Ok(range)
    }

    fn from_bits(value: u128, width: u8) -> IpAddr {
        if width == 32 {
            IpAddr::V4(std::net::Ipv4Addr::from((value >> 96) as u32))
        } else {
            IpAddr::V6(std::net::Ipv6Addr::from(value))
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
        if self.prefix == width {
            write!(f, "{}", self.network)
        } else {
            write!(f, "{}/{}", self.network, self.prefix)
        }
    }
}

/// A key's allowed IP addresses. Empty: any address. Stored as the list of its ranges as text; a range
/// that does not read back makes the record unreadable (set aside, never guessed at).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "Vec<String>", into = "Vec<String>")]
pub struct AllowedIps(Vec<IpRange>);

impl TryFrom<Vec<String>> for AllowedIps {
    type Error = String;
    fn try_from(lines: Vec<String>) -> Result<Self, Self::Error> {
        lines
            .iter()
            .map(|line| IpRange::parse(line))
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
                Err(message) => errors.push(LineError {
                    line: index + 1,
                    message,
                }),
            }
        }
        if errors.is_empty() && ranges.len() > MAX_RANGES {
            errors.push(LineError {
                line: text.lines().count(),
                message: format!(
                    "a key can list at most {MAX_RANGES} addresses or ranges; this list has {}",
                    ranges.len()
                ),
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
            Err(DomainError::AddressNotAllowed(canonical(address).to_string()))
        }
    }

    /// One range per line, as the field shows them.
    pub fn lines(&self) -> String {
        self.0.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
    }
}

/// Reads a client's address, as typed into the credential check.
pub fn parse_client_address(text: &str) -> Result<IpAddr, DomainError> {
    text.trim()
        .parse::<IpAddr>()
        .map(canonical)
        .map_err(|_| DomainError::MalformedClientAddress(text.trim().to_owned()))
}
