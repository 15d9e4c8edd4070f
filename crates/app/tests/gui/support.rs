//! Drives the real app headless with iced_test: build the view, click and
//! type like a person, feed the messages back through `update`.

#![allow(dead_code)]

use std::path::PathBuf;

use commplan::app::{self, App, Message};
use commplan::config::{Paths, Settings};
use commplan::keys;
use commplan_core::{Plan, sample};
use iced::keyboard::{Key, Modifiers};
use iced::{Event, Settings as IcedSettings, keyboard, window};
use iced_test::{Error, Simulator, selector};

/// An app on a temporary folder, with a plan file behind it.
pub struct Harness {
    pub app: App,
    pub dir: tempfile::TempDir,
}

pub fn settings() -> IcedSettings {
    IcedSettings {
        fonts: vec![
            app::FONT_REGULAR.into(),
            app::FONT_SEMIBOLD.into(),
            commplan::widget::icon::BYTES.into(),
        ],
        default_font: app::DEFAULT_FONT,
        ..IcedSettings::default()
    }
}

impl Harness {
    /// The sample plan, saved to a temporary file and opened writable.
    pub fn sample() -> Self {
        Self::with_plan(sample::plan().expect("the sample loads"))
    }

    pub fn with_plan(plan: Plan) -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let paths = Paths::under(dir.path());
        let file = dir.path().join("plan.commplan.ron");
        commplan_core::store::save(&file, &plan, None).expect("save the plan");
        let mut app = App::new(
            paths,
            Settings::default(),
            Plan::empty("", plan.project.start),
        );
        app.open_now(file);
        assert!(app.document.can_write(), "the test plan opens writable");
        Self { app, dir }
    }

    pub fn plan_file(&self) -> PathBuf {
        self.dir.path().join("plan.commplan.ron")
    }

    fn simulator(&self) -> Simulator<'_, Message> {
        Simulator::with_size(settings(), iced::Size::new(1280.0, 820.0), self.app.view())
    }

    fn deliver(&mut self, messages: Vec<Message>) {
        for message in messages {
            self.update(message);
        }
    }

    /// Sends a message to the app and runs the tasks it starts (loading,
    /// saving) to completion, feeding their results back, as the runtime
    /// does. Window and widget actions are left out.
    pub fn update(&mut self, message: Message) {
        use iced_test::futures::futures::{StreamExt, executor};
        use iced_test::runtime::{Action, task};
        let mut queue = vec![message];
        while let Some(message) = queue.pop() {
            let Some(mut stream) = task::into_stream(self.app.update(message)) else {
                continue;
            };
            while let Some(action) = executor::block_on(stream.next()) {
                if let Action::Output(message) = action {
                    queue.push(message);
                }
            }
        }
    }

    /// Lets a change of the settings come due and be written, as the
    /// window's tick does a moment after the last change (the tick does
    /// what else is due too, such as an autosave).
    pub fn settle_settings(&mut self) {
        let later = std::time::Instant::now() + 2 * app::SETTINGS_DELAY;
        self.update(Message::Tick(later));
    }

    /// Clicks what shows this text (a button's label, a list entry).
    pub fn click(&mut self, label: &str) -> Result<(), Error> {
        let mut ui = self.simulator();
        ui.click(label)?;
        let messages: Vec<Message> = ui.into_messages().collect();
        self.deliver(messages);
        Ok(())
    }

    /// Clicks the text field with this id and types into it.
    pub fn type_into(&mut self, id: &'static str, text: &str) -> Result<(), Error> {
        let mut ui = self.simulator();
        ui.click(selector::id(id))?;
        let _ = ui.typewrite(text);
        let messages: Vec<Message> = ui.into_messages().collect();
        self.deliver(messages);
        Ok(())
    }

    /// Clicks the text field with this id and presses Enter in it.
    pub fn submit(&mut self, id: &'static str) -> Result<(), Error> {
        let mut ui = self.simulator();
        ui.click(selector::id(id))?;
        let _ = ui.tap_key(keyboard::key::Named::Enter);
        let messages: Vec<Message> = ui.into_messages().collect();
        self.deliver(messages);
        Ok(())
    }

    /// Presses a key with modifiers, through the window's shortcut mapping.
    pub fn key(&mut self, key: &str, modifiers: Modifiers) {
        self.send_key(Key::Character(key.into()), modifiers);
    }

    /// Presses a named key (arrows, Page Down, Delete) with modifiers.
    pub fn press(&mut self, key: keyboard::key::Named, modifiers: Modifiers) {
        self.send_key(Key::Named(key), modifiers);
    }

    fn send_key(&mut self, key: Key, modifiers: Modifiers) {
        let event = Event::Keyboard(keyboard::Event::KeyPressed {
            key: key.clone(),
            modified_key: key,
            physical_key: keyboard::key::Physical::Unidentified(
                keyboard::key::NativeCode::Unidentified,
            ),
            location: keyboard::Location::Standard,
            modifiers,
            text: None,
            repeat: false,
        });
        if let Some(shortcut) =
            keys::from_event(event, iced::event::Status::Ignored, window::Id::unique())
        {
            self.update(Message::Shortcut(shortcut));
        }
    }

    /// Where this text is laid out, if it is on screen.
    pub fn bounds(&self, text: &str) -> Option<iced::Rectangle> {
        self.simulator()
            .find(text)
            .ok()
            .map(|target| target.bounds())
    }

    /// The window drawn by the CPU renderer, for snapshot tests.
    pub fn snapshot(&self) -> iced_test::simulator::Snapshot {
        let mut ui = self.simulator();
        ui.snapshot(&self.app.theme()).expect("the window draws")
    }

    /// Is this text on screen?
    pub fn shows(&self, text: &str) -> bool {
        self.simulator().find(text).is_ok()
    }
}
