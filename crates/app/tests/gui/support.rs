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

    pub fn deliver(&mut self, messages: Vec<Message>) {
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

    /// The window drawn with the pointer resting at `at` for `rest` (as
    /// long as a tooltip's delay), for comparing what hovering shows.
    pub fn snapshot_hovering(
        &self,
        at: iced::Point,
        rest: std::time::Duration,
    ) -> iced_test::simulator::Snapshot {
        let mut ui = self.simulator();
        ui.point_at(at);
        let _ = ui.simulate([Event::Mouse(iced::mouse::Event::CursorMoved {
            position: at,
        })]);
        std::thread::sleep(rest);
        let _ = ui.simulate([Event::Window(window::Event::RedrawRequested(
            std::time::Instant::now(),
        ))]);
        ui.snapshot(&self.app.theme()).expect("the window draws")
    }

    /// Is this text on screen?
    pub fn shows(&self, text: &str) -> bool {
        self.simulator().find(text).is_ok()
    }

    /// Where this text is laid out in a window of this size, if it is.
    pub fn bounds_in(&self, size: iced::Size, text: &str) -> Option<iced::Rectangle> {
        Simulator::with_size(settings(), size, self.app.view())
            .find(text)
            .ok()
            .map(|target| target.bounds())
    }

    /// Is this text on screen in a window of this size?
    pub fn shows_in(&self, size: iced::Size, text: &str) -> bool {
        Simulator::with_size(settings(), size, self.app.view())
            .find(text)
            .is_ok()
    }
}

/// A mouse driven through the real widget tree, kept from frame to frame
/// as the runtime keeps it: after each event the app takes the messages,
/// and the next event goes to a view built anew with the state of the
/// last one. So what a press changes on screen (a selection, a line that
/// appears) is laid out before the release, as when a person clicks at
/// their pace.
pub struct Mouse {
    cache: Option<iced_test::runtime::user_interface::Cache>,
    renderer: iced::Renderer,
    at: iced::Point,
    /// Every message the widgets sent, as `Debug` shows it, in order
    /// (cleared by whoever reads it).
    pub sent: Vec<String>,
}

impl Mouse {
    pub fn new() -> Self {
        use iced_test::core::renderer::Headless;
        // A simulator loads the fonts once into the font system.
        let _ = Simulator::<Message>::with_size(
            settings(),
            iced::Size::new(10.0, 10.0),
            iced::widget::text(""),
        );
        let backend = std::env::var("ICED_TEST_BACKEND").ok();
        let renderer = iced_test::futures::futures::executor::block_on(iced::Renderer::new(
            app::DEFAULT_FONT,
            iced::Pixels(16.0),
            backend.as_deref(),
        ))
        .expect("a headless renderer");
        Self {
            cache: Some(iced_test::runtime::user_interface::Cache::default()),
            renderer,
            at: iced::Point::ORIGIN,
            sent: Vec::new(),
        }
    }

    /// One frame: the view built, laid out and given these events; the
    /// messages go to the app.
    pub fn frame(&mut self, h: &mut Harness, events: Vec<Event>) {
        use iced_test::runtime::UserInterface;
        let mut messages = Vec::new();
        {
            let cache = self.cache.take().unwrap_or_default();
            let mut ui = UserInterface::build(
                h.app.view(),
                iced::Size::new(1280.0, 820.0),
                cache,
                &mut self.renderer,
            );
            let _ = ui.update(
                &events,
                iced::mouse::Cursor::Available(self.at),
                &mut self.renderer,
                &mut iced_test::core::clipboard::Null,
                &mut messages,
            );
            self.cache = Some(ui.into_cache());
        }
        if std::env::var_os("MOUSE_DEBUG").is_some() {
            eprintln!("{events:?} -> {messages:?}");
        }
        self.sent
            .extend(messages.iter().map(|message| format!("{message:?}")));
        h.deliver(messages);
    }

    /// Runs a widget operation over the current frame.
    pub fn operate(&mut self, h: &Harness, operation: &mut dyn iced_test::core::widget::Operation) {
        use iced_test::runtime::UserInterface;
        let cache = self.cache.take().unwrap_or_default();
        let mut ui = UserInterface::build(
            h.app.view(),
            iced::Size::new(1280.0, 820.0),
            cache,
            &mut self.renderer,
        );
        ui.operate(&self.renderer, operation);
        self.cache = Some(ui.into_cache());
    }

    /// Where this text is visible in the current frame (screen
    /// coordinates, clipped by scrolling and containers); the last of
    /// several, so that an item's title is found in the view rather than
    /// in the line about the selection above it.
    pub fn find(&mut self, h: &Harness, text: &str) -> Option<iced::Rectangle> {
        use iced_test::core::widget::operation;
        use iced_test::runtime::UserInterface;
        use iced_test::selector::Selector;
        let cache = self.cache.take().unwrap_or_default();
        let mut ui = UserInterface::build(
            h.app.view(),
            iced::Size::new(1280.0, 820.0),
            cache,
            &mut self.renderer,
        );
        let mut find = Selector::find_all(text);
        ui.operate(&self.renderer, &mut operation::black_box(&mut find));
        use iced_test::core::widget::Operation;
        let found = match find.finish() {
            operation::Outcome::Some(all) => all.iter().rev().find_map(|t| t.visible_bounds()),
            _ => None,
        };
        self.cache = Some(ui.into_cache());
        found
    }

    /// How many times this text is visible in the current frame.
    pub fn count(&mut self, h: &Harness, text: &str) -> usize {
        use iced_test::core::widget::{Operation, operation};
        use iced_test::runtime::UserInterface;
        use iced_test::selector::Selector;
        let cache = self.cache.take().unwrap_or_default();
        let mut ui = UserInterface::build(
            h.app.view(),
            iced::Size::new(1280.0, 820.0),
            cache,
            &mut self.renderer,
        );
        let mut find = Selector::find_all(text);
        ui.operate(&self.renderer, &mut operation::black_box(&mut find));
        let count = match find.finish() {
            operation::Outcome::Some(all) => {
                all.iter().filter(|t| t.visible_bounds().is_some()).count()
            }
            _ => 0,
        };
        self.cache = Some(ui.into_cache());
        count
    }

    /// Moves the pointer there (one frame).
    pub fn move_to(&mut self, h: &mut Harness, to: iced::Point) {
        self.at = to;
        self.frame(
            h,
            vec![Event::Mouse(iced::mouse::Event::CursorMoved {
                position: to,
            })],
        );
    }

    pub fn press(&mut self, h: &mut Harness) {
        self.frame(
            h,
            vec![Event::Mouse(iced::mouse::Event::ButtonPressed(
                iced::mouse::Button::Left,
            ))],
        );
    }

    pub fn release(&mut self, h: &mut Harness) {
        self.frame(
            h,
            vec![Event::Mouse(iced::mouse::Event::ButtonReleased(
                iced::mouse::Button::Left,
            ))],
        );
    }

    /// Nothing happens but a redraw, as while the button is held.
    pub fn wait(&mut self, h: &mut Harness) {
        self.frame(h, Vec::new());
    }

    /// A click at a person's pace: press, a few frames, release, at one
    /// point.
    pub fn click_at(&mut self, h: &mut Harness, at: iced::Point) {
        self.move_to(h, at);
        self.press(h);
        self.wait(h);
        self.wait(h);
        self.release(h);
        self.wait(h);
    }

    /// A double click at a person's pace: two clicks at one point, with
    /// frames between.
    pub fn double_click_at(&mut self, h: &mut Harness, at: iced::Point) {
        self.move_to(h, at);
        self.press(h);
        self.wait(h);
        self.release(h);
        self.wait(h);
        self.press(h);
        self.wait(h);
        self.release(h);
        self.wait(h);
    }

    /// Presses at `from`, moves in steps to `to` with frames between, and
    /// releases there.
    pub fn drag(&mut self, h: &mut Harness, from: iced::Point, to: iced::Point) {
        self.move_to(h, from);
        self.press(h);
        self.wait(h);
        for step in 1..=8 {
            let t = step as f32 / 8.0;
            let at = iced::Point::new(from.x + (to.x - from.x) * t, from.y + (to.y - from.y) * t);
            self.move_to(h, at);
        }
        self.release(h);
        self.wait(h);
    }

    /// A key pressed in the window (given to the widgets, then to the
    /// window's shortcuts, as the runtime does).
    pub fn key(&mut self, h: &mut Harness, key: keyboard::key::Named) {
        let event = Event::Keyboard(keyboard::Event::KeyPressed {
            key: Key::Named(key),
            modified_key: Key::Named(key),
            physical_key: keyboard::key::Physical::Unidentified(
                keyboard::key::NativeCode::Unidentified,
            ),
            location: keyboard::Location::Standard,
            modifiers: Modifiers::empty(),
            text: None,
            repeat: false,
        });
        use iced_test::runtime::UserInterface;
        let mut messages = Vec::new();
        let status = {
            let cache = self.cache.take().unwrap_or_default();
            let mut ui = UserInterface::build(
                h.app.view(),
                iced::Size::new(1280.0, 820.0),
                cache,
                &mut self.renderer,
            );
            let (_, statuses) = ui.update(
                std::slice::from_ref(&event),
                iced::mouse::Cursor::Available(self.at),
                &mut self.renderer,
                &mut iced_test::core::clipboard::Null,
                &mut messages,
            );
            self.cache = Some(ui.into_cache());
            statuses
                .first()
                .copied()
                .unwrap_or(iced::event::Status::Ignored)
        };
        self.sent
            .extend(messages.iter().map(|message| format!("{message:?}")));
        h.deliver(messages);
        if let Some(shortcut) = keys::from_event(event, status, window::Id::unique()) {
            h.update(Message::Shortcut(shortcut));
        }
    }
}

impl Mouse {
    /// The wheel turned over a point (negative `dy`: down), in pixels.
    pub fn wheel(&mut self, h: &mut Harness, at: iced::Point, dy: f32) {
        self.move_to(h, at);
        self.frame(
            h,
            vec![Event::Mouse(iced::mouse::Event::WheelScrolled {
                delta: iced::mouse::ScrollDelta::Pixels { x: 0.0, y: dy },
            })],
        );
    }
}

impl Mouse {
    /// Every text visible in the current frame, with where it is, in the
    /// order drawn (overlays such as an open tooltip last).
    pub fn texts(&mut self, h: &Harness) -> Vec<(String, iced::Rectangle)> {
        use iced_test::core::widget::{Operation, operation};
        use iced_test::runtime::UserInterface;
        use iced_test::selector::{Candidate, Selector};
        let cache = self.cache.take().unwrap_or_default();
        let mut ui = UserInterface::build(
            h.app.view(),
            iced::Size::new(1280.0, 820.0),
            cache,
            &mut self.renderer,
        );
        let mut find = (|candidate: Candidate<'_>| match candidate {
            Candidate::Text {
                content,
                visible_bounds: Some(bounds),
                ..
            } => Some((content.to_owned(), bounds)),
            _ => None,
        })
        .find_all();
        ui.operate(&self.renderer, &mut operation::black_box(&mut find));
        let found = match find.finish() {
            operation::Outcome::Some(all) => all,
            _ => Vec::new(),
        };
        self.cache = Some(ui.into_cache());
        found
    }

    /// Where the widget with this id is laid out (text fields).
    pub fn find_id(&mut self, h: &Harness, id: &'static str) -> Option<iced::Rectangle> {
        use iced_test::core::widget::{Operation, operation};
        use iced_test::runtime::UserInterface;
        use iced_test::selector::{self, Selector};
        let cache = self.cache.take().unwrap_or_default();
        let mut ui = UserInterface::build(
            h.app.view(),
            iced::Size::new(1280.0, 820.0),
            cache,
            &mut self.renderer,
        );
        let mut find = selector::id(id).find();
        ui.operate(&self.renderer, &mut operation::black_box(&mut find));
        let found = match find.finish() {
            operation::Outcome::Some(Some(target)) => Some(target.bounds()),
            _ => None,
        };
        self.cache = Some(ui.into_cache());
        found
    }
}
