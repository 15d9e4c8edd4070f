//! Drawing the chart: axes and gridlines, the chosen period, the target,
//! the cumulative curve, today, and the point under the mouse.

use iced::alignment::Vertical;
use iced::widget::canvas::{Frame, LineDash, Path, Stroke, Text};
use iced::widget::text::Alignment as TextAlign;
use iced::{Color, Pixels, Point, Rectangle, Size, Theme};

use super::{BOTTOM, Data, LABEL, LEFT, RIGHT, TOP};
use crate::theme;

fn label(content: String, at: Point, color: Color, align_x: TextAlign, align_y: Vertical) -> Text {
    Text {
        content,
        position: at,
        color,
        size: Pixels(LABEL),
        align_x,
        align_y,
        ..Text::default()
    }
}

/// Where the curve is drawn inside the canvas.
pub fn plot_area(size: Size) -> Rectangle {
    Rectangle {
        x: LEFT,
        y: TOP,
        width: (size.width - LEFT - RIGHT).max(1.0),
        height: (size.height - TOP - BOTTOM).max(1.0),
    }
}

/// The point under the mouse: a guide, a dot and what it says.
pub fn pointer(frame: &mut Frame, data: &Data, theme: &Theme, k: usize) {
    let palette = theme.extended_palette();
    let plot = plot_area(frame.size());
    let months = data.curve.len().saturating_sub(1).max(1) as f32;
    let month = data.at(k);
    let value = data.curve.get(k).copied().unwrap_or(0) as f32;
    let at = Point::new(
        plot.x + plot.width * month / months,
        plot.y + plot.height * (1.0 - value / data.top.max(1) as f32),
    );
    let color = palette.primary.strong.color;
    frame.stroke(
        &Path::line(
            Point::new(at.x, plot.y),
            Point::new(at.x, plot.y + plot.height),
        ),
        Stroke::default().with_color(color).with_width(1.0),
    );
    frame.fill(&Path::circle(at, 4.5), color);
    let content = data.points.get(k).cloned().unwrap_or_default();
    let size = Size::new(content.chars().count() as f32 * 7.0 + 16.0, 22.0);
    let corner = Point::new(
        (at.x + 8.0).min(plot.x + plot.width - size.width).max(0.0),
        (at.y - 30.0).max(0.0),
    );
    let tip = Path::rounded_rectangle(corner, size, 4.0.into());
    frame.fill(&tip, palette.background.base.color);
    frame.stroke(&tip, Stroke::default().with_color(color).with_width(1.0));
    frame.fill_text(label(
        content,
        Point::new(corner.x + 8.0, corner.y + 11.0),
        palette.background.base.text,
        TextAlign::Left,
        Vertical::Center,
    ));
}

pub fn draw(frame: &mut Frame, data: &Data, theme: &Theme) {
    let palette = theme.extended_palette();
    let muted = theme::muted(theme)
        .color
        .unwrap_or(palette.background.base.text);
    let plot = plot_area(frame.size());
    let months = data.curve.len().saturating_sub(1).max(1) as f32;
    let x = |month: f32| plot.x + plot.width * month / months;
    let y = |value: u64| plot.y + plot.height * (1.0 - value as f32 / data.top.max(1) as f32);

    // The chosen period, shaded behind everything.
    if let Some((range, name)) = &data.highlight {
        let (a, b) = (x(range.start as f32), x(range.end as f32));
        let mut shade = palette.primary.weak.color;
        shade.a = 0.4;
        frame.fill_rectangle(Point::new(a, plot.y), Size::new(b - a, plot.height), shade);
        frame.fill_text(label(
            name.clone(),
            Point::new((a + b) / 2.0, plot.y - 4.0),
            palette.primary.base.color,
            TextAlign::Center,
            Vertical::Bottom,
        ));
    }

    // Gridlines and their values.
    let grid = Stroke::default()
        .with_color(palette.background.strong.color)
        .with_width(1.0);
    for (value, text) in &data.grid {
        let at = y(*value);
        frame.stroke(
            &Path::line(Point::new(plot.x, at), Point::new(plot.x + plot.width, at)),
            grid,
        );
        frame.fill_text(label(
            text.clone(),
            Point::new(plot.x - 8.0, at),
            muted,
            TextAlign::Right,
            Vertical::Center,
        ));
    }

    // Month ticks: as many names as fit, years under the first and January.
    let every = [1usize, 2, 3, 6, 12]
        .into_iter()
        .find(|step| plot.width / months * *step as f32 >= 34.0)
        .unwrap_or(12);
    let baseline = plot.y + plot.height;
    for (k, (month, year)) in data.ticks.iter().enumerate() {
        let at = x(k as f32);
        let named = k % every == 0;
        let tick = if named { 5.0 } else { 3.0 };
        frame.stroke(
            &Path::line(Point::new(at, baseline), Point::new(at, baseline + tick)),
            grid,
        );
        if named {
            frame.fill_text(label(
                month.clone(),
                Point::new(at, baseline + 7.0),
                muted,
                TextAlign::Center,
                Vertical::Top,
            ));
        }
        if let Some(year) = year.as_ref().filter(|_| named || k == 0) {
            frame.fill_text(label(
                year.clone(),
                Point::new(at, baseline + 22.0),
                muted,
                TextAlign::Center,
                Vertical::Top,
            ));
        }
    }

    // The target: a horizontal line, and the even pace towards it.
    if data.target > 0 {
        let target = palette.success.base.color;
        let dashed = Stroke {
            line_dash: LineDash {
                segments: &[6.0, 4.0],
                offset: 0,
            },
            ..Stroke::default().with_color(target).with_width(1.5)
        };
        let level = y(data.target);
        frame.stroke(
            &Path::line(
                Point::new(plot.x, level),
                Point::new(plot.x + plot.width, level),
            ),
            dashed,
        );
        let mut pace = target;
        pace.a = 0.45;
        frame.stroke(
            &Path::line(
                Point::new(plot.x, y(0)),
                Point::new(plot.x + plot.width, level),
            ),
            Stroke::default().with_color(pace).with_width(1.0),
        );
        frame.fill_text(label(
            data.target_label.clone(),
            Point::new(plot.x + 6.0, level - 3.0),
            target,
            TextAlign::Left,
            Vertical::Bottom,
        ));
    }

    // The cumulative actual: a filled area under a line.
    let points: Vec<Point> = data
        .curve
        .iter()
        .take(data.drawn)
        .enumerate()
        .map(|(k, v)| Point::new(x(data.at(k)), y(*v)))
        .collect();
    if let (Some(first), Some(last)) = (points.first(), points.last()) {
        let line = Path::new(|p| {
            p.move_to(*first);
            for point in &points[1..] {
                p.line_to(*point);
            }
        });
        let area = Path::new(|p| {
            p.move_to(Point::new(first.x, baseline));
            for point in &points {
                p.line_to(*point);
            }
            p.line_to(Point::new(last.x, baseline));
            p.close();
        });
        let mut fill = palette.primary.base.color;
        fill.a = 0.15;
        frame.fill(&area, fill);
        frame.stroke(
            &line,
            Stroke::default()
                .with_color(palette.primary.base.color)
                .with_width(2.5),
        );
    }

    // Today.
    if let Some(today) = data.today {
        let at = x(today);
        let color = palette.danger.base.color;
        frame.stroke(
            &Path::line(Point::new(at, plot.y), Point::new(at, baseline)),
            Stroke::default().with_color(color).with_width(1.5),
        );
        let right = at > plot.x + plot.width - 60.0;
        frame.fill_text(label(
            data.today_label.clone(),
            Point::new(if right { at - 4.0 } else { at + 4.0 }, plot.y),
            color,
            if right {
                TextAlign::Right
            } else {
                TextAlign::Left
            },
            Vertical::Top,
        ));
    }

    // The axes.
    let axis = Stroke::default().with_color(muted).with_width(1.0);
    frame.stroke(
        &Path::line(Point::new(plot.x, plot.y), Point::new(plot.x, baseline)),
        axis,
    );
    frame.stroke(
        &Path::line(
            Point::new(plot.x, baseline),
            Point::new(plot.x + plot.width, baseline),
        ),
        axis,
    );
}
