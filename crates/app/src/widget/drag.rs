//! A surface over a grid of cells (days, half hours) that turns a press,
//! moves and a release into a drag from one cell to another, the way
//! desktop calendars do:
//!
//! - nothing is a drag until the pointer has moved [`THRESHOLD`] pixels
//!   with the button held: a click at a person's pace, even with a small
//!   wobble, is only a click;
//! - the cells are those under the pointer at the press and now, found
//!   from the surface's own size (never from what the press changed on
//!   screen), so a drop moves by exactly the cells between them;
//! - Escape, or a release outside the cells, cancels.
//!
//! The surface only reports cells; the view says what a drag means.
//! Its state lives in the widget tree, so a drag survives the new views
//! built while it runs, as long as the surface stays where it was.

use iced::advanced::layout::{self, Layout};
use iced::advanced::widget::{Operation, Tree, tree};
use iced::advanced::{Clipboard, Shell, Widget, overlay, renderer};
use iced::{Element, Event, Length, Point, Rectangle, Size, Vector, keyboard, mouse};

/// Pixels the pointer must travel with the button held before a press
/// becomes a drag.
pub const THRESHOLD: f32 = 4.0;

/// A cell of the grid: column and row, as the view numbers them.
pub type Cell = (i32, i32);

/// Finds the cell under a point given relative to the surface's top left
/// corner, within a surface of the given size; `None` off the cells.
pub type Locate<'a> = Box<dyn Fn(Point, Size) -> Option<Cell> + 'a>;

/// A surface over `content` that reports drags between its cells.
pub struct Surface<'a, Message> {
    content: Element<'a, Message>,
    locate: Locate<'a>,
    on_drag: Box<dyn Fn(Cell, Option<Cell>) -> Message + 'a>,
    on_drop: Box<dyn Fn(Cell, Cell) -> Message + 'a>,
    on_cancel: Message,
}

/// Makes a surface over `content`: `locate` finds cells, `on_drag` says
/// where a drag is (from the pressed cell to the one under the pointer,
/// each time that changes), `on_drop` where it ended, `on_cancel` that it
/// was given up (Escape, or released off the cells). `on_drag` is given
/// `None` while the pointer is off the cells.
pub fn surface<'a, Message: Clone + 'a>(
    content: impl Into<Element<'a, Message>>,
    locate: impl Fn(Point, Size) -> Option<Cell> + 'a,
    on_drag: impl Fn(Cell, Option<Cell>) -> Message + 'a,
    on_drop: impl Fn(Cell, Cell) -> Message + 'a,
    on_cancel: Message,
) -> Surface<'a, Message> {
    Surface {
        content: content.into(),
        locate: Box::new(locate),
        on_drag: Box::new(on_drag),
        on_drop: Box::new(on_drop),
        on_cancel,
    }
}

/// A press in progress.
#[derive(Debug, Clone, Copy)]
struct Press {
    /// Where the button went down, in the surface's coordinates.
    at: Point,
    from: Cell,
    /// The cell under the pointer while dragging (`None`: off the cells).
    over: Option<Cell>,
    dragging: bool,
}

#[derive(Debug, Default)]
struct State {
    press: Option<Press>,
}

impl<Message: Clone> Widget<Message, iced::Theme, iced::Renderer> for Surface<'_, Message> {
    fn tag(&self) -> tree::Tag {
        tree::Tag::of::<State>()
    }

    fn state(&self) -> tree::State {
        tree::State::new(State::default())
    }

    fn children(&self) -> Vec<Tree> {
        vec![Tree::new(&self.content)]
    }

    fn diff(&self, tree: &mut Tree) {
        tree.diff_children(std::slice::from_ref(&self.content));
    }

    fn size(&self) -> Size<Length> {
        self.content.as_widget().size()
    }

    fn layout(
        &mut self,
        tree: &mut Tree,
        renderer: &iced::Renderer,
        limits: &layout::Limits,
    ) -> layout::Node {
        let node = self
            .content
            .as_widget_mut()
            .layout(&mut tree.children[0], renderer, limits);
        layout::Node::with_children(node.size(), vec![node])
    }

    fn operate(
        &mut self,
        tree: &mut Tree,
        layout: Layout<'_>,
        renderer: &iced::Renderer,
        operation: &mut dyn Operation,
    ) {
        if let Some(child) = layout.children().next() {
            self.content
                .as_widget_mut()
                .operate(&mut tree.children[0], child, renderer, operation);
        }
    }

    fn update(
        &mut self,
        tree: &mut Tree,
        event: &Event,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        renderer: &iced::Renderer,
        clipboard: &mut dyn Clipboard,
        shell: &mut Shell<'_, Message>,
        viewport: &Rectangle,
    ) {
        let bounds = layout.bounds();
        let dragging = tree
            .state
            .downcast_ref::<State>()
            .press
            .is_some_and(|p| p.dragging);
        // While dragging, the release and Escape are the surface's.
        let ours = dragging
            && matches!(
                event,
                Event::Mouse(mouse::Event::ButtonReleased(mouse::Button::Left))
                    | Event::Keyboard(keyboard::Event::KeyPressed {
                        key: keyboard::Key::Named(keyboard::key::Named::Escape),
                        ..
                    })
            );
        if !ours && let Some(child) = layout.children().next() {
            self.content.as_widget_mut().update(
                &mut tree.children[0],
                event,
                child,
                cursor,
                renderer,
                clipboard,
                shell,
                viewport,
            );
        }
        let state = tree.state.downcast_mut::<State>();
        // The pointer, even where a layer above or a scrollable's edge
        // makes it "levitate", relative to the surface.
        let here = cursor
            .land()
            .position()
            .map(|p| Point::new(p.x - bounds.x, p.y - bounds.y));
        match event {
            Event::Mouse(mouse::Event::ButtonPressed(mouse::Button::Left)) => {
                state.press = cursor
                    .position_over(bounds)
                    .map(|p| Point::new(p.x - bounds.x, p.y - bounds.y))
                    .and_then(|at| {
                        (self.locate)(at, bounds.size()).map(|from| Press {
                            at,
                            from,
                            over: Some(from),
                            dragging: false,
                        })
                    });
            }
            Event::Mouse(mouse::Event::CursorMoved { .. }) => {
                let (Some(press), Some(here)) = (state.press.as_mut(), here) else {
                    return;
                };
                if !press.dragging {
                    let moved = Vector::new(here.x - press.at.x, here.y - press.at.y);
                    if moved.x.hypot(moved.y) < THRESHOLD {
                        return;
                    }
                }
                let over = (self.locate)(here, bounds.size());
                if over != press.over || !press.dragging {
                    press.over = over;
                    press.dragging = true;
                    shell.publish((self.on_drag)(press.from, over));
                }
                shell.request_redraw();
            }
            Event::Mouse(mouse::Event::ButtonReleased(mouse::Button::Left)) => {
                if let Some(press) = state.press.take()
                    && press.dragging
                {
                    shell.publish(match press.over {
                        Some(to) => (self.on_drop)(press.from, to),
                        None => self.on_cancel.clone(),
                    });
                    shell.capture_event();
                }
            }
            Event::Keyboard(keyboard::Event::KeyPressed {
                key: keyboard::Key::Named(keyboard::key::Named::Escape),
                ..
            }) if dragging => {
                state.press = None;
                shell.publish(self.on_cancel.clone());
                shell.capture_event();
            }
            _ => {}
        }
    }

    fn mouse_interaction(
        &self,
        tree: &Tree,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
        renderer: &iced::Renderer,
    ) -> mouse::Interaction {
        if tree
            .state
            .downcast_ref::<State>()
            .press
            .is_some_and(|p| p.dragging)
        {
            return mouse::Interaction::Grabbing;
        }
        layout
            .children()
            .next()
            .map_or(mouse::Interaction::None, |child| {
                self.content.as_widget().mouse_interaction(
                    &tree.children[0],
                    child,
                    cursor,
                    viewport,
                    renderer,
                )
            })
    }

    fn draw(
        &self,
        tree: &Tree,
        renderer: &mut iced::Renderer,
        theme: &iced::Theme,
        style: &renderer::Style,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
    ) {
        if let Some(child) = layout.children().next() {
            self.content.as_widget().draw(
                &tree.children[0],
                renderer,
                theme,
                style,
                child,
                cursor,
                viewport,
            );
        }
    }

    fn overlay<'b>(
        &'b mut self,
        tree: &'b mut Tree,
        layout: Layout<'b>,
        renderer: &iced::Renderer,
        viewport: &Rectangle,
        translation: Vector,
    ) -> Option<overlay::Element<'b, Message, iced::Theme, iced::Renderer>> {
        let child = layout.children().next()?;
        self.content.as_widget_mut().overlay(
            &mut tree.children[0],
            child,
            renderer,
            viewport,
            translation,
        )
    }
}

impl<'a, Message: Clone + 'a> From<Surface<'a, Message>> for Element<'a, Message> {
    fn from(surface: Surface<'a, Message>) -> Self {
        Element::new(surface)
    }
}

/// The cell of a grid of `columns` equal columns right of a `left` margin
/// and `rows` equal rows, under `at` in a surface of `size`; `None` off
/// the grid.
pub fn grid_cell(at: Point, size: Size, left: f32, columns: i32, rows: i32) -> Option<Cell> {
    let width = (size.width - left) / columns as f32;
    let height = size.height / rows as f32;
    if width <= 0.0 || height <= 0.0 || at.x < left || at.y < 0.0 {
        return None;
    }
    let column = ((at.x - left) / width).floor() as i32;
    let row = (at.y / height).floor() as i32;
    (column < columns && row < rows).then_some((column, row))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_of_a_grid_and_nothing_off_it() {
        let size = Size::new(728.0, 600.0);
        assert_eq!(
            grid_cell(Point::new(29.0, 1.0), size, 28.0, 7, 6),
            Some((0, 0))
        );
        assert_eq!(
            grid_cell(Point::new(727.0, 599.0), size, 28.0, 7, 6),
            Some((6, 5))
        );
        assert_eq!(grid_cell(Point::new(10.0, 10.0), size, 28.0, 7, 6), None);
        assert_eq!(grid_cell(Point::new(500.0, 601.0), size, 28.0, 7, 6), None);
        assert_eq!(grid_cell(Point::new(500.0, -1.0), size, 28.0, 7, 6), None);
    }
}
