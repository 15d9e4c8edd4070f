//! The words of a partner's files that an import mapped to known values
//! (see `import::Mapping`), shown in the partner's editor with a "Forget"
//! per word. They live in this computer's settings, not in the plan: the
//! panel says so, and forgetting one is not an edit of the plan.

use iced::widget::{button, column, container, row, text};
use iced::{Alignment, Element, Fill};

use super::Message;
use crate::label::Label;
use crate::theme;
use crate::widget::BOLD;
use commplan_core::PartnerId;
use commplan_core::fl;
use commplan_core::import::{Mapping, Vocab};

/// One remembered word: its vocabulary, the word (as its lookup key), and
/// the value it stands for, as a person reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Remembered {
    pub vocab: Vocab,
    pub word: String,
    pub value: String,
}

/// Every word of `mapping`, channels first, then target groups, then
/// languages; each vocabulary's words in alphabetical order.
pub fn remembered(mapping: &Mapping) -> Vec<Remembered> {
    let channels = mapping.channels.iter().map(|(word, c)| Remembered {
        vocab: Vocab::Channel,
        word: word.clone(),
        value: c.label(),
    });
    let groups = mapping.target_groups.iter().map(|(word, g)| Remembered {
        vocab: Vocab::TargetGroup,
        word: word.clone(),
        value: g.label(),
    });
    let languages = mapping.languages.iter().map(|(word, l)| Remembered {
        vocab: Vocab::Language,
        word: word.clone(),
        value: l.0.clone(),
    });
    channels.chain(groups).chain(languages).collect()
}

/// Takes `word` of `vocab` out of `mapping`; false when it was not there.
pub fn forget(mapping: &mut Mapping, vocab: Vocab, word: &str) -> bool {
    match vocab {
        Vocab::Channel => mapping.channels.remove(word).is_some(),
        Vocab::TargetGroup => mapping.target_groups.remove(word).is_some(),
        Vocab::Language => mapping.languages.remove(word).is_some(),
    }
}

fn vocab_label(vocab: Vocab) -> String {
    match vocab {
        Vocab::Channel => fl!("log-channel"),
        Vocab::TargetGroup => fl!("log-target-group"),
        Vocab::Language => fl!("log-form-language"),
    }
}

/// The panel for the partner `id`: its remembered words with a "Forget"
/// each, or a line saying there are none.
pub fn view<'a>(id: &PartnerId, mapping: Option<&Mapping>) -> Element<'a, Message> {
    let words = mapping.map(remembered).unwrap_or_default();
    let mut content = column![
        text(fl!("partners-mappings-title")).font(BOLD),
        text(fl!("partners-mappings-hint"))
            .size(13)
            .style(theme::muted),
    ]
    .spacing(6);
    if words.is_empty() {
        content = content.push(text(fl!("partners-mappings-none")).style(theme::muted));
    }
    for word in words {
        let line = fl!(
            "partners-mappings-word",
            vocab = vocab_label(word.vocab),
            word = word.word.clone(),
            value = word.value
        );
        content = content.push(
            row![
                text(line).width(Fill),
                button(text(fl!(
                    "partners-mappings-forget",
                    word = word.word.clone()
                )))
                .style(button::secondary)
                .on_press(Message::ForgetMapping(
                    id.clone(),
                    word.vocab,
                    word.word
                )),
            ]
            .spacing(8)
            .align_y(Alignment::Center),
        );
    }
    container(content).width(Fill).into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use commplan_core::vocab::Channel;

    #[test]
    fn a_forgotten_word_is_gone_and_the_others_stay() {
        let mut mapping = Mapping::default();
        mapping.channels.insert("soc".into(), Channel::SocialMedia);
        mapping.channels.insert("nl".into(), Channel::Newsletter);
        assert_eq!(remembered(&mapping).len(), 2);
        assert!(forget(&mut mapping, Vocab::Channel, "soc"));
        assert!(!forget(&mut mapping, Vocab::Channel, "soc"));
        assert!(!forget(&mut mapping, Vocab::TargetGroup, "nl"));
        let words: Vec<String> = remembered(&mapping).into_iter().map(|r| r.word).collect();
        assert_eq!(words, ["nl"]);
    }
}
