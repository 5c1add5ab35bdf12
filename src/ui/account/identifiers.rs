//! "Account identifiers": the Account ID and the Account domain, each with a copy button.

use crate::i18n::{m::account as m, tx};
use leptos::prelude::*;

use crate::domain::Account;
use crate::ui::kit::CopyButton;

/// The element ids of the shown values (selected when copying is refused).
const ACCOUNT_ID_VALUE: &str = "account-id-value";
const ACCOUNT_DOMAIN_VALUE: &str = "account-domain-value";

/// The account's identifiers.
#[component]
pub fn AccountIdentifiersSection(
    /// The account whose identifiers are shown.
    account: Account,
) -> impl IntoView {
    let id = account.id.as_str().to_owned();
    let domain = account.domain.as_str().to_owned();
    let url = account.domain.url();
    view! {
        <section class="card" id="account-identifiers" aria-labelledby="account-identifiers-title">
            <h2 class="card__title" id="account-identifiers-title">{tx(m::ACCOUNT_IDENTIFIERS)}</h2>
            <p class="card__lead">
                {tx(m::ACCOUNT_IDENTIFIERS_LEAD)}
            </p>
            <dl class="fields">
                <div class="fields__row">
                    <dt class="fields__label">{tx(m::ACCOUNT_ID)}</dt>
                    <dd class="fields__value">
                        <code class="mono" id=ACCOUNT_ID_VALUE>{id.clone()}</code>
                        <CopyButton label=tx(m::COPY_ACCOUNT_ID) value=id target_id=ACCOUNT_ID_VALUE />
                    </dd>
                    <dd class="fields__help">
                        {tx(m::ACCOUNT_ID_HELP)}
                    </dd>
                </div>
                <div class="fields__row">
                    <dt class="fields__label">{tx(m::ACCOUNT_DOMAIN)}</dt>
                    <dd class="fields__value">
                        <a id=ACCOUNT_DOMAIN_VALUE class="mono" href=url rel="noopener noreferrer" target="_blank">
                            {domain.clone()}
                        </a>
                        <CopyButton label=tx(m::COPY_ACCOUNT_DOMAIN) value=domain target_id=ACCOUNT_DOMAIN_VALUE />
                    </dd>
                    <dd class="fields__help">
                        {tx(m::ACCOUNT_DOMAIN_HELP)}
                    </dd>
                </div>
            </dl>
        </section>
    }
}
