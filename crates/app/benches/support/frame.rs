//! One frame of a screen as the window makes it: the widgets built by
//! `view`, then laid out at the window's size (text shaped, `responsive`
//! parts built). Drawing the pixels is left out: it depends on the
//! renderer, not on the plan.

use iced::advanced::renderer::Headless;
use iced::{Element, Pixels, Size};
use iced_test::runtime::user_interface::{Cache, UserInterface};

/// The window size of the GUI tests.
pub const SIZE: Size = Size::new(1280.0, 820.0);

/// A CPU renderer with CommPlan's fonts loaded, for [`layout`].
pub fn renderer() -> iced::Renderer {
    let fonts = [
        commplan::app::FONT_REGULAR,
        commplan::app::FONT_SEMIBOLD,
        commplan::widget::icon::BYTES,
    ];
    let mut system = iced::advanced::graphics::text::font_system()
        .write()
        .expect("the font system");
    for font in fonts {
        system.load_font(font.into());
    }
    drop(system);
    iced::futures::executor::block_on(<iced::Renderer as Headless>::new(
        commplan::app::DEFAULT_FONT,
        Pixels(16.0),
        Some("tiny-skia"),
    ))
    .expect("a headless CPU renderer")
}

/// Lays `element` out at [`SIZE`], as the window does after each update.
pub fn layout<Message>(renderer: &mut iced::Renderer, element: Element<'_, Message>) {
    std::hint::black_box(UserInterface::build(
        element,
        SIZE,
        Cache::default(),
        renderer,
    ));
}
