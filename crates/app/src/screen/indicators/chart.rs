//! The chart of one indicator: the cumulative actual month by month against
//! the target, drawn on a canvas. Its geometry is kept in a
//! [`canvas::Cache`] and rebuilt only when the data, the size or the colours
//! change.

use std::cell::Cell;
use std::ops::Range;
use std::rc::Rc;

use chrono::{Datelike, NaiveDate};
use iced::widget::canvas::{self, Frame};
use iced::{Color, Element, Fill, Length, Rectangle, Renderer, Theme, mouse};

use commplan_core::indicators::series::{add_months, month_of};
use commplan_core::{fl, format};

/// Room for the axes' labels around the plot.
const LEFT: f32 = 64.0;
const RIGHT: f32 = 16.0;
const TOP: f32 = 22.0;
const BOTTOM: f32 = 40.0;
const LABEL: f32 = 12.0;

/// What the chart shows, built once per change of the plan or selection.
#[derive(Debug, Clone, PartialEq)]
pub struct Data {
    /// The cumulative actual at each month boundary (`months + 1` points).
    pub curve: Vec<u64>,
    pub target: u64,
    /// How many points of the curve are drawn: up to today when today is
    /// inside the project.
    pub drawn: usize,
    /// The months of the chosen reporting period, shaded, and its name.
    pub highlight: Option<(Range<usize>, String)>,
    /// Where today is, in months from the start, when inside the project.
    pub today: Option<f32>,
    /// Each boundary's month name, and its year where a year begins.
    pub ticks: Vec<(String, Option<String>)>,
    /// The y axis: the top value and the gridlines with their labels.
    pub top: u64,
    pub grid: Vec<(u64, String)>,
    pub target_label: String,
    pub today_label: String,
    /// What each point of the curve says when pointed at ("31 Mar 2018:
    /// 21,000").
    pub points: Vec<String>,
}

impl Data {
    pub fn new(
        curve: Vec<u64>,
        target: u64,
        start: NaiveDate,
        end: NaiveDate,
        today: NaiveDate,
        highlight: Option<(Range<usize>, String)>,
    ) -> Self {
        let months = curve.len().saturating_sub(1);
        let inside = start <= today && today <= end;
        let today_at = inside.then(|| {
            let month = month_of(start, today).max(0);
            let first = add_months(start, month as u32);
            let next = add_months(start, month as u32 + 1);
            let span = (next - first).num_days().max(1) as f32;
            month as f32 + (today - first).num_days() as f32 / span
        });
        // Up to today, or further when entries are already logged later.
        let last_step = curve
            .windows(2)
            .rposition(|w| w[1] > w[0])
            .map_or(0, |k| k + 2);
        let drawn = match today_at {
            Some(at) => (at.ceil() as usize + 1).max(last_step).min(curve.len()),
            None => curve.len(),
        };
        let ticks = (0..=months)
            .map(|k| {
                let date = add_months(start, k as u32);
                let year = (k == 0 || date.month() == 1).then(|| date.year().to_string());
                (format::month_short(date.month()), year)
            })
            .collect();
        let highest = curve.iter().copied().max().unwrap_or(0).max(target).max(1);
        let step = nice_step(highest.div_ceil(4));
        let mut top = highest.div_ceil(step) * step;
        if top == target {
            // Room above the target line for its label.
            top += step;
        }
        let grid = (0..=top / step)
            .map(|i| (i * step, format::number(i * step)))
            .collect();
        let points = curve
            .iter()
            .enumerate()
            .map(|(k, value)| {
                let date = match k {
                    0 => start,
                    k => add_months(start, k as u32).pred_opt().unwrap_or(start),
                };
                fl!(
                    "indicators-chart-point",
                    date = format::date(date.min(end)),
                    value = format::number(*value)
                )
            })
            .collect();
        Data {
            points,
            curve,
            target,
            drawn,
            highlight,
            today: today_at,
            ticks,
            top,
            grid,
            target_label: fl!("indicators-chart-target", target = format::number(target)),
            today_label: fl!("indicators-chart-today"),
        }
    }
}

impl Data {
    /// Where point `k` of the curve is drawn, in months: the month in
    /// progress ends at today rather than at its end.
    fn at(&self, k: usize) -> f32 {
        match self.today {
            Some(today) if k + 1 == self.drawn && k as f32 > today && (k as f32) - today < 1.0 => {
                today
            }
            _ => k as f32,
        }
    }
}

/// The smallest of 1, 2, 5, 10, 20, 50, … that is at least `raw`.
pub fn nice_step(raw: u64) -> u64 {
    let mut magnitude = 1u64;
    loop {
        for factor in [1, 2, 5] {
            let step = magnitude.saturating_mul(factor);
            if step >= raw || step == u64::MAX {
                return step.max(1);
            }
        }
        magnitude = magnitude.saturating_mul(10);
    }
}

mod draw;

use draw::{draw, plot_area, pointer};

/// The chart widget over a screen-held cache.
pub struct Chart<'a> {
    pub data: Rc<Data>,
    pub cache: &'a canvas::Cache,
    /// The text colour the cached geometry was drawn with: a theme change
    /// clears the cache.
    pub drawn_with: &'a Cell<Option<Color>>,
}

impl<'a> Chart<'a> {
    pub fn view<M: 'a>(self, height: f32) -> Element<'a, M> {
        canvas::Canvas::new(self)
            .width(Fill)
            .height(Length::Fixed(height))
            .into()
    }
}

impl<M> canvas::Program<M> for Chart<'_> {
    /// The point under the mouse, if any.
    type State = Option<usize>;

    fn update(
        &self,
        hovered: &mut Option<usize>,
        event: &canvas::Event,
        bounds: Rectangle,
        cursor: mouse::Cursor,
    ) -> Option<canvas::Action<M>> {
        if !matches!(event, canvas::Event::Mouse(_)) {
            return None;
        }
        let now = cursor.position_in(bounds).and_then(|at| {
            let plot = plot_area(bounds.size());
            let months = self.data.curve.len().saturating_sub(1).max(1) as f32;
            let k = ((at.x - plot.x) / plot.width * months).round();
            (k >= 0.0 && (k as usize) < self.data.drawn && at.y <= plot.y + plot.height + 4.0)
                .then_some(k as usize)
        });
        (now != *hovered).then(|| {
            *hovered = now;
            canvas::Action::request_redraw()
        })
    }

    fn draw(
        &self,
        hovered: &Option<usize>,
        renderer: &Renderer,
        theme: &Theme,
        bounds: Rectangle,
        _cursor: mouse::Cursor,
    ) -> Vec<canvas::Geometry> {
        let text = theme.palette().text;
        if self.drawn_with.get() != Some(text) {
            self.cache.clear();
            self.drawn_with.set(Some(text));
        }
        let geometry = self.cache.draw(renderer, bounds.size(), |frame| {
            draw(frame, &self.data, theme);
        });
        let Some(k) = *hovered else {
            return vec![geometry];
        };
        let mut frame = Frame::new(renderer, bounds.size());
        pointer(&mut frame, &self.data, theme, k);
        vec![geometry, frame.into_geometry()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_are_round_numbers() {
        assert_eq!(nice_step(0), 1);
        assert_eq!(nice_step(1), 1);
        assert_eq!(nice_step(3), 5);
        assert_eq!(nice_step(350), 500);
        assert_eq!(nice_step(1_001), 2_000);
    }

    #[test]
    fn the_line_stops_at_today() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let curve: Vec<u64> = (0..=30).map(|k| k.min(8) * 10).collect();
        let (start, end) = (day(2016, 11, 1), day(2019, 4, 30));
        let data = Data::new(curve.clone(), 400, start, end, day(2017, 6, 16), None);
        let today = data.today.unwrap();
        assert!(
            (7.4..7.6).contains(&today),
            "mid-June is month 7.5: {today}"
        );
        assert_eq!(data.drawn, 9, "up to the boundary after today");
        assert!(
            (data.at(8) - today).abs() < 0.01,
            "the last point sits on today"
        );
        assert_eq!(data.at(7), 7.0);
        // Entries already logged after today are drawn too.
        let mut later = curve.clone();
        later[20] += 5;
        let data = Data::new(later, 400, start, end, day(2017, 6, 16), None);
        assert_eq!(data.drawn, 21);
        assert_eq!(data.at(8), 8.0);
        assert!(data.top >= 400 && data.grid.len() >= 3);
        let after = Data::new(curve, 400, start, end, day(2020, 1, 1), None);
        assert_eq!((after.today, after.drawn), (None, 31));
    }
}
