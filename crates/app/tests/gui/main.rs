//! The GUI flows, as one test binary: each module drives the real app
//! headless with iced_test (click, type, assert the plan changed, or did
//! not). Tests that must own the process (switching the interface's
//! language, pixel snapshots) are binaries of their own beside this folder.

mod support;

mod calendar;
mod deliverables;
mod disk;
mod dissemination;
mod editor_fields;
mod export;
mod export_csv;
mod export_languages;
mod faults;
mod files;
mod forms;
mod gestures;
mod indicators;
mod leaving;
mod partner_words;
mod partners;
mod plans;
mod pointer;
mod project;
mod publish;
mod recurrence;
mod search;
mod shell;
mod tracker;
mod walk;
mod zones_pickers;
