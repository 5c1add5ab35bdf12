//! Native tests of the downloaded credentials: CSV quoting round-trips, JSON, .env, file names, curl.

use api_auth::domain::credentials_file::{Credentials, CredentialsFormat, csv_field, curl_example, slug};
use api_auth::domain::{AccessKeyId, AccessKeySecret, SeededRandom};
use chrono::{TimeZone, Utc};

/// A strict RFC 4180 reader for one file, written independently of the writer under test.
fn read_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = vec![];
    let mut row = vec![];
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') if chars.peek() == Some(&'\n') => {
                chars.next();
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    assert!(!quoted, "unterminated quote");
    rows
}

fn sample() -> (AccessKeyId, AccessKeySecret) {
    let mut rng = SeededRandom::new(30);
    (AccessKeyId::generate(&mut rng), AccessKeySecret::generate(&mut rng))
}

#[test]
fn csv_has_the_header_and_one_row_and_awkward_names_round_trip() {
    let (id, secret) = sample();
    let expires = Some(Utc.with_ymd_and_hms(2027, 2, 26, 9, 0, 0).unwrap());
    for name in [
        "CI runner",
        "Deploy, staging",
        "The \"big\" one",
        " padded ",
        "emoji 🔑 ok",
        "a,\"b\",c",
    ] {
        let credentials = Credentials {
            name,
            id: &id,
            secret: &secret,
            expires_at: expires,
            description: name,
        };
        let rows = read_csv(&credentials.render(CredentialsFormat::Csv));
        assert_eq!(rows.len(), 2, "{name}");
        assert_eq!(
            rows[0],
            [
                "Name",
                "Access key ID",
                "Access key secret",
                "Expires at",
                "Description"
            ]
        );
        assert_eq!(
            rows[1],
            [name, id.as_str(), secret.reveal(), "2027-02-26T09:00:00Z", name]
        );
    }
    // A description of several lines stays one field.
    let described = Credentials {
        name: "x",
        id: &id,
        secret: &secret,
        expires_at: None,
        description: "Deploys prod.\nOwner: platform team, \"ops\"",
    };
    let rows = read_csv(&described.render(CredentialsFormat::Csv));
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[1][4], "Deploys prod.\nOwner: platform team, \"ops\"");
    let never = Credentials {
        name: "x",
        id: &id,
        secret: &secret,
        expires_at: None,
        description: "",
    };
    assert_eq!(read_csv(&never.render(CredentialsFormat::Csv))[1][3], "");
}

#[test]
fn csv_fields_are_quoted_only_when_needed() {
    assert_eq!(csv_field("plain"), "plain");
    assert_eq!(csv_field("a,b"), "\"a,b\"");
    assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
    assert_eq!(csv_field(" edge"), "\" edge\"");
}

#[test]
fn json_and_env_carry_the_same_values() {
    let (id, secret) = sample();
    let credentials = Credentials {
        name: "Deploy \"prod\"",
        id: &id,
        secret: &secret,
        expires_at: Some(Utc.with_ymd_and_hms(2027, 1, 1, 0, 0, 0).unwrap()),
        description: "Deploys prod.\n\nOwner: platform",
    };
    let json: serde_json::Value = serde_json::from_str(&credentials.render(CredentialsFormat::Json)).unwrap();
    assert_eq!(json["name"], "Deploy \"prod\"");
    assert_eq!(json["access_key_id"], id.as_str());
    assert_eq!(json["access_key_secret"], secret.reveal());
    assert_eq!(json["expires_at"], "2027-01-01T00:00:00Z");
    assert_eq!(json["description"], "Deploys prod.\n\nOwner: platform");
    // The name and each line of the description are comments that a .env reader skips.
    let env = credentials.render(CredentialsFormat::Env);
    assert_eq!(
        env,
        format!(
            "# Deploy \"prod\"\n# Deploys prod.\n#\n# Owner: platform\nACCESS_KEY_ID={}\nACCESS_KEY_SECRET={}\n",
            id.as_str(),
            secret.reveal()
        )
    );
}

#[test]
fn file_names_are_a_slug_of_the_name() {
    let (id, secret) = sample();
    let named = |name| Credentials {
        name,
        id: &id,
        secret: &secret,
        expires_at: None,
        description: "",
    };
    assert_eq!(
        named("CI runner").file_name(CredentialsFormat::Csv),
        "ci-runner-access-key.csv"
    );
    assert_eq!(
        named("Deploy, staging!").file_name(CredentialsFormat::Json),
        "deploy-staging-access-key.json"
    );
    assert_eq!(named("🔑").file_name(CredentialsFormat::Env), "unnamed-access-key.env");
    assert_eq!(slug("../../etc/passwd"), "etc-passwd");
    for format in CredentialsFormat::ALL {
        assert_eq!(CredentialsFormat::from_code(format.code()), Some(format));
    }
}

#[test]
fn the_curl_example_sends_both_headers() {
    let (id, secret) = sample();
    let curl = curl_example("acme.example.com", "Ac0123456789", &id, &secret);
    assert!(curl.starts_with("curl https://acme.example.com/"));
    assert!(curl.contains(&format!("-H \"X-Access-Key-Id: {}\"", id.as_str())));
    assert!(curl.contains(&format!("-H \"X-Access-Key-Secret: {}\"", secret.reveal())));
}
