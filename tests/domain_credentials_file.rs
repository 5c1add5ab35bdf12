//! Native tests of the downloaded credentials: CSV quoting round-trips, JSON, .env, file names, curl.

use api_auth::domain::access_key::KeySettings;
use api_auth::domain::connection::activity_csv;
use api_auth::domain::credentials_file::{
    Credentials, CredentialsFormat, FORMULA_TRIGGERS, api_base_url, csv_field, curl_example, slug,
};
use api_auth::domain::{AccessKeyId, AccessKeySecret, SeededRandom, Workspace};
use api_auth::ui::activity::words::{what, who};
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

const ACCOUNT: &str = "Ac0123456789";
const BASE: &str = "https://acme.example.com/user/2/Ac0123456789";

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
            account_id: ACCOUNT,
            api_base_url: BASE,
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
                "Description",
                "Account ID",
                "API base URL"
            ]
        );
        assert_eq!(
            rows[1],
            [
                name,
                id.as_str(),
                secret.reveal(),
                "2027-02-26T09:00:00Z",
                name,
                ACCOUNT,
                BASE
            ]
        );
    }
    // A description of several lines stays one field.
    let described = Credentials {
        name: "x",
        id: &id,
        secret: &secret,
        expires_at: None,
        description: "Deploys prod.\nOwner: platform team, \"ops\"",
        account_id: ACCOUNT,
        api_base_url: BASE,
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
        account_id: ACCOUNT,
        api_base_url: BASE,
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
        account_id: ACCOUNT,
        api_base_url: BASE,
    };
    let json: serde_json::Value = serde_json::from_str(&credentials.render(CredentialsFormat::Json)).unwrap();
    assert_eq!(json["name"], "Deploy \"prod\"");
    assert_eq!(json["access_key_id"], id.as_str());
    assert_eq!(json["access_key_secret"], secret.reveal());
    assert_eq!(json["expires_at"], "2027-01-01T00:00:00Z");
    assert_eq!(json["description"], "Deploys prod.\n\nOwner: platform");
    assert_eq!(json["account_id"], ACCOUNT);
    assert_eq!(json["api_base_url"], BASE);
    // The name and each line of the description are comments that a .env reader skips; every value is
    // single-quoted (read literally) under a FLOWDECK_ name.
    let env = credentials.render(CredentialsFormat::Env);
    assert_eq!(
        env,
        format!(
            "# Deploy \"prod\"\n# Deploys prod.\n#\n# Owner: platform\n\
             FLOWDECK_ACCOUNT_ID='{ACCOUNT}'\nFLOWDECK_API_BASE_URL='{BASE}'\n\
             FLOWDECK_ACCESS_KEY_ID='{}'\nFLOWDECK_ACCESS_KEY_SECRET='{}'\n\
             FLOWDECK_ACCESS_KEY_EXPIRES_AT='2027-01-01T00:00:00Z'\n",
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
        account_id: ACCOUNT,
        api_base_url: BASE,
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

#[test]
fn the_api_base_is_the_account_domain_and_id() {
    assert_eq!(api_base_url("acme.example.com", ACCOUNT), BASE);
}

/// What a spreadsheet reads in a cell: text, or a formula when it starts with a trigger.
fn starts_a_formula(field: &str) -> bool {
    field.starts_with(FORMULA_TRIGGERS)
}

#[test]
fn hostile_names_and_descriptions_never_start_a_formula_in_any_csv() {
    let (id, secret) = sample();
    let hostile = [
        "=HYPERLINK(\"https://evil.test/x\",\"Open\")",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "+1+1",
        "-2+3",
        "\t=1+1",
        "\r=1+1",
        "=1,2",
    ];
    for name in hostile {
        let credentials = Credentials {
            name,
            id: &id,
            secret: &secret,
            expires_at: None,
            description: name,
            account_id: ACCOUNT,
            api_base_url: BASE,
        };
        let rows = read_csv(&credentials.render(CredentialsFormat::Csv));
        assert_eq!(rows.len(), 2, "{name:?}");
        assert!(rows.iter().flatten().all(|field| !starts_a_formula(field)), "{name:?}");
        // Readable: the text itself, after the apostrophe a spreadsheet hides.
        assert_eq!(rows[1][0], format!("'{name}"));
        assert_eq!(rows[1][4], format!("'{name}"));
        // The .env file has the name only in comments; JSON holds it as a string.
        let env = credentials.render(CredentialsFormat::Env);
        assert!(
            env.lines()
                .all(|line| line.starts_with('#') || line.starts_with("FLOWDECK_")),
            "{env}"
        );
        let json: serde_json::Value = serde_json::from_str(&credentials.render(CredentialsFormat::Json)).unwrap();
        assert_eq!(json["name"], name);
    }
    // The activity log's CSV too: a key named as a formula, renamed, described.
    let mut rng = SeededRandom::new(3);
    let mut workspace = Workspace::default();
    let now = Utc.with_ymd_and_hms(2026, 12, 3, 9, 0, 0).unwrap();
    let (changes, created) = workspace
        .view()
        .create_key("=cmd|' /C calc'!A0", None, &KeySettings::default(), now, &mut rng)
        .unwrap();
    workspace.apply(&changes);
    let changes = workspace
        .view()
        .rename_key(&created.key.id, "@evil", now, &mut rng)
        .unwrap();
    workspace.apply(&changes);
    let rows = read_csv(&activity_csv(&workspace.view().activity_at(now), what, who));
    assert_eq!(rows.len(), 3);
    assert!(rows.iter().flatten().all(|field| !starts_a_formula(field)), "{rows:?}");
}

#[cfg(not(target_arch = "wasm32"))]
proptest::proptest! {
    #[test]
    fn any_name_reads_back_as_itself_and_no_field_starts_a_formula(name in "\\PC{0,40}", description in "[=+@\\-\t\r\n,\" a-z]{0,20}") {
        let (id, secret) = sample();
        let credentials = Credentials {
            name: &name,
            id: &id,
            secret: &secret,
            expires_at: None,
            description: &description,
            account_id: ACCOUNT,
            api_base_url: BASE,
        };
        let rows = read_csv(&credentials.render(CredentialsFormat::Csv));
        proptest::prop_assert_eq!(rows.len(), 2);
        for field in rows.iter().flatten() {
            proptest::prop_assert!(!starts_a_formula(field));
        }
        let unprefixed = |field: &str, original: &str| if starts_a_formula(original) {
            field.strip_prefix('\'').map(str::to_owned)
        } else {
            Some(field.to_owned())
        };
        proptest::prop_assert_eq!(unprefixed(&rows[1][0], &name), Some(name.clone()));
        proptest::prop_assert_eq!(unprefixed(&rows[1][4], &description), Some(description.clone()));
    }
}
