//! WebDAV XML: the request bodies CommPlan sends and the multistatus
//! answers it reads (RFC 4918 §13, §14.16), parsed with `quick-xml` and
//! namespaces resolved, never by searching the text.

use std::collections::BTreeMap;

use quick_xml::escape::{partial_escape, resolve_predefined_entity};
use quick_xml::events::Event;
use quick_xml::name::ResolveResult;
use quick_xml::reader::NsReader;

/// The WebDAV namespace (RFC 4918).
pub const DAV: &str = "DAV:";
/// The CalDAV namespace (RFC 4791).
pub const CALDAV: &str = "urn:ietf:params:xml:ns:caldav";
/// Apple's calendar extensions (calendar-color).
pub const APPLE: &str = "http://apple.com/ns/ical/";
/// CalendarServer's extensions (getctag).
pub const CS: &str = "http://calendarserver.org/ns/";

/// A property as answered: its text and the names and `href`s of its
/// child elements (for `resourcetype`, `current-user-principal`, …).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Prop {
    pub text: String,
    /// Child elements as (namespace, local name).
    pub children: Vec<(String, String)>,
    /// The text of `DAV:href` children.
    pub hrefs: Vec<String>,
}

/// One `response` of a multistatus: the resource's href, the status of a
/// response without properties, and the properties found (status 200).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Response {
    pub href: String,
    pub status: Option<u16>,
    /// Found properties by (namespace, local name).
    pub props: BTreeMap<(String, String), Prop>,
}

impl Response {
    /// A found property.
    pub fn prop(&self, ns: &str, name: &str) -> Option<&Prop> {
        self.props.get(&(ns.to_owned(), name.to_owned()))
    }

    /// A found property's text, trimmed.
    pub fn text(&self, ns: &str, name: &str) -> Option<&str> {
        self.prop(ns, name).map(|p| p.text.trim())
    }

    /// Is the resource a calendar collection (`resourcetype` has
    /// `C:calendar`, RFC 4791 §4.2)?
    pub fn is_calendar(&self) -> bool {
        self.prop(DAV, "resourcetype").is_some_and(|p| {
            p.children
                .iter()
                .any(|(ns, name)| ns == CALDAV && name == "calendar")
        })
    }
}

/// The numeric code of an HTTP status line ("HTTP/1.1 404 Not Found").
fn status_code(line: &str) -> Option<u16> {
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Where the parser is inside a `response`.
#[derive(Default)]
struct State {
    path: Vec<(String, String)>,
    response: Option<Response>,
    propstat: Vec<((String, String), Prop)>,
    propstat_status: Option<u16>,
    text: String,
}

/// Reads a multistatus body (RFC 4918 §14.16).
///
/// Errors: the XML is not well formed; the message says where.
pub fn multistatus(body: &str) -> Result<Vec<Response>, String> {
    let mut reader = NsReader::from_str(body);
    let mut out = Vec::new();
    let mut st = State::default();
    loop {
        let position = reader.buffer_position();
        let (ns, event) = reader
            .read_resolved_event()
            .map_err(|e| format!("byte {position}: {e}"))?;
        let ns = match ns {
            ResolveResult::Bound(n) => String::from_utf8_lossy(n.as_ref()).into_owned(),
            _ => String::new(),
        };
        match event {
            Event::Start(e) => {
                let name = String::from_utf8_lossy(e.local_name().as_ref()).into_owned();
                start(&mut st, ns, name);
            }
            Event::Empty(e) => {
                let name = String::from_utf8_lossy(e.local_name().as_ref()).into_owned();
                start(&mut st, ns, name);
                end(&mut st, &mut out);
            }
            Event::End(_) => end(&mut st, &mut out),
            Event::Text(t) => {
                let text = t.decode().map_err(|e| format!("byte {position}: {e}"))?;
                st.text.push_str(&text);
            }
            Event::CData(t) => {
                let text = t.decode().map_err(|e| format!("byte {position}: {e}"))?;
                st.text.push_str(&text);
            }
            Event::GeneralRef(r) => {
                if let Ok(Some(c)) = r.resolve_char_ref() {
                    st.text.push(c);
                } else {
                    let name = r.decode().map_err(|e| format!("byte {position}: {e}"))?;
                    match resolve_predefined_entity(&name) {
                        Some(s) => st.text.push_str(s),
                        None => return Err(format!("byte {position}: unknown entity &{name};")),
                    }
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

fn start(st: &mut State, ns: String, name: String) {
    let depth = st.path.len();
    if ns == DAV && name == "response" {
        st.response = Some(Response::default());
        st.propstat.clear();
    } else if ns == DAV && name == "propstat" {
        st.propstat.clear();
        st.propstat_status = None;
    } else if st.in_prop() && st.prop_depth() == Some(depth) {
        // A property element: directly inside DAV:prop.
        st.propstat
            .push(((ns.clone(), name.clone()), Prop::default()));
    } else if st.in_prop()
        && st.prop_depth().is_some_and(|d| depth == d + 1)
        && let Some((_, prop)) = st.propstat.last_mut()
    {
        prop.children.push((ns.clone(), name.clone()));
    }
    st.path.push((ns, name));
    st.text.clear();
}

impl State {
    /// The depth at which property elements start, when inside DAV:prop.
    fn prop_depth(&self) -> Option<usize> {
        self.path
            .iter()
            .position(|(ns, n)| ns == DAV && n == "prop")
            .map(|i| i + 1)
    }

    fn in_prop(&self) -> bool {
        self.prop_depth().is_some()
    }
}

fn end(st: &mut State, out: &mut Vec<Response>) {
    let Some((ns, name)) = st.path.pop() else {
        return;
    };
    let depth = st.path.len();
    let text = std::mem::take(&mut st.text);
    let prop_depth = st.prop_depth();
    if ns == DAV
        && name == "href"
        && st
            .path
            .last()
            .is_some_and(|(n, l)| n == DAV && l == "response")
    {
        if let Some(r) = st.response.as_mut() {
            r.href = text.trim().to_owned();
        }
    } else if ns == DAV && name == "status" {
        let code = status_code(&text);
        if st
            .path
            .last()
            .is_some_and(|(n, l)| n == DAV && l == "propstat")
        {
            st.propstat_status = code;
        } else if let Some(r) = st.response.as_mut() {
            r.status = code;
        }
    } else if ns == DAV && name == "propstat" {
        let ok = st.propstat_status.is_none_or(|c| (200..300).contains(&c));
        if ok && let Some(r) = st.response.as_mut() {
            for (key, prop) in st.propstat.drain(..) {
                r.props.insert(key, prop);
            }
        }
        st.propstat.clear();
    } else if ns == DAV && name == "response" {
        if let Some(r) = st.response.take() {
            out.push(r);
        }
    } else if prop_depth == Some(depth) {
        // The end of a property element.
        if let Some((_, prop)) = st.propstat.last_mut() {
            prop.text.push_str(&text);
        }
    } else if ns == DAV
        && name == "href"
        && prop_depth.is_some_and(|d| depth > d)
        && let Some((_, prop)) = st.propstat.last_mut()
    {
        prop.hrefs.push(text.trim().to_owned());
    }
}

/// Text escaped for an XML element's content.
pub fn escape(text: &str) -> String {
    partial_escape(text).into_owned()
}

/// PROPFIND body asking for the named properties (RFC 4918 §9.1).
pub fn propfind(props: &[(&str, &str)]) -> String {
    let mut body = String::from(
        r#"<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav" xmlns:cs="http://calendarserver.org/ns/" xmlns:a="http://apple.com/ns/ical/"><d:prop>"#,
    );
    for (prefix, name) in props {
        body.push_str(&format!("<{prefix}:{name}/>"));
    }
    body.push_str("</d:prop></d:propfind>");
    body
}

/// MKCALENDAR body: display name, colour ("#RRGGBBFF") and events only
/// (RFC 4791 §5.3.1).
pub fn mkcalendar(display_name: &str, color: Option<&str>) -> String {
    let color = color
        .map(|c| format!("<a:calendar-color>{}</a:calendar-color>", escape(c)))
        .unwrap_or_default();
    format!(
        r#"<?xml version="1.0" encoding="utf-8"?><c:mkcalendar xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav" xmlns:a="http://apple.com/ns/ical/"><d:set><d:prop><d:displayname>{}</d:displayname>{color}<c:supported-calendar-component-set><c:comp name="VEVENT"/></c:supported-calendar-component-set></d:prop></d:set></c:mkcalendar>"#,
        escape(display_name)
    )
}

/// REPORT calendar-query for every VEVENT with its ETag and data
/// (RFC 4791 §7.8).
pub fn calendar_query() -> &'static str {
    r#"<?xml version="1.0" encoding="utf-8"?><c:calendar-query xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"><d:prop><d:getetag/><c:calendar-data/></d:prop><c:filter><c:comp-filter name="VCALENDAR"><c:comp-filter name="VEVENT"/></c:comp-filter></c:filter></c:calendar-query>"#
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_multistatus_with_prefixes_entities_and_a_missing_prop_is_read() {
        let body = r#"<?xml version="1.0"?>
<multistatus xmlns="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
 <response><href>/u/cal/</href>
  <propstat><prop><resourcetype><collection/><C:calendar/></resourcetype>
   <displayname>A &amp; B &#233;</displayname></prop><status>HTTP/1.1 200 OK</status></propstat>
  <propstat><prop><getctag/></prop><status>HTTP/1.1 404 Not Found</status></propstat>
 </response>
 <response><href>/u/cal/x%40y.ics</href><propstat><prop><getetag>"e1"</getetag>
  <C:calendar-data>BEGIN:VCALENDAR&#13;
UID:x@y&#13;
END:VCALENDAR</C:calendar-data></prop><status>HTTP/1.1 200 OK</status></propstat></response>
 <response><href>/u/gone.ics</href><status>HTTP/1.1 404 Not Found</status></response>
</multistatus>"#;
        let r = multistatus(body).unwrap();
        assert_eq!(r.len(), 3);
        assert!(r[0].is_calendar());
        assert_eq!(r[0].text(DAV, "displayname"), Some("A & B é"));
        assert!(r[0].prop(CS, "getctag").is_none());
        assert_eq!(r[1].text(DAV, "getetag"), Some("\"e1\""));
        assert!(
            r[1].text(CALDAV, "calendar-data")
                .unwrap()
                .contains("UID:x@y")
        );
        assert_eq!(r[2].status, Some(404));
        assert!(multistatus("<a></b>").is_err());
    }

    #[test]
    fn principal_hrefs_are_collected() {
        let body = r#"<d:multistatus xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"><d:response><d:href>/</d:href><d:propstat><d:prop><d:current-user-principal><d:href>/alice/</d:href></d:current-user-principal></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response></d:multistatus>"#;
        let r = multistatus(body).unwrap();
        assert_eq!(
            r[0].prop(DAV, "current-user-principal").unwrap().hrefs,
            vec!["/alice/".to_owned()]
        );
    }
}
