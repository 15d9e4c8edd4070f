//! The publishing password in the system's keyring (Secret Service on
//! Linux, Keychain on macOS, Credential Manager on Windows), under the
//! application's id and "user@server". Nothing is written by CommPlan
//! itself; where no keyring runs, the password is asked each time.

use crate::config::APP_ID;

fn entry(url: &str, user: &str) -> Result<keyring::Entry, String> {
    // Without a keyring (no Secret Service running), say why it could not
    // be reached rather than "no default store".
    if let Err(why) = keyring::Entry::store_status() {
        return Err(why.to_string());
    }
    keyring::Entry::new(APP_ID, &format!("{user}@{url}")).map_err(|e| e.to_string())
}

/// The stored password, `None` when there is none.
pub fn read(url: &str, user: &str) -> Result<Option<String>, String> {
    match entry(url, user)?.get_password() {
        Ok(password) => Ok(Some(password)),
        Err(keyring::Error::NoEntry) => Ok(None),
        Err(e) => Err(e.to_string()),
    }
}

/// Stores the password.
pub fn store(url: &str, user: &str, password: &str) -> Result<(), String> {
    entry(url, user)?
        .set_password(password)
        .map_err(|e| e.to_string())
}
