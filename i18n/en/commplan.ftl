# CommPlan — English strings (the fallback language).

## Vocabularies

kind-event = Event
kind-workshop = Workshop
kind-conference = Conference
kind-webinar = Webinar
kind-newsletter = Newsletter
kind-press-release = Press release
kind-social-post = Social media post
kind-publication = Publication
kind-video = Video
kind-website-update = Website update
kind-campaign = Campaign
kind-other = Other

status-idea = Idea
status-planned = Planned
status-in-preparation = In preparation
status-confirmed = Confirmed
status-done = Done
status-cancelled = Cancelled

role-lead-partner = Lead partner
role-communication-lead = Communication lead
role-partner = Partner
role-observer = Observer

deliverable-status-not-started = Not started
deliverable-status-in-progress = In progress
deliverable-status-in-review = In review
deliverable-status-submitted = Submitted
deliverable-status-approved = Approved

channel-website = Website
channel-social-media = Social media
channel-newsletter = Newsletter
channel-press = Press and media
channel-event = Event
channel-publication = Publication
channel-video = Video
channel-email = E-mail
channel-other = Other

target-local-authority = Local public authority
target-regional-authority = Regional public authority
target-national-authority = National public authority
target-sectoral-agency = Sectoral agency
target-service-provider = Infrastructure and (public) service provider
target-interest-groups = Interest groups including NGOs
target-higher-education = Higher education and research
target-education-centre = Education/training centre and school
target-enterprise = Enterprise and SME
target-business-support = Business support organisation
target-eeig = EEIG and EGTC
target-international-organisation = International organisation
target-general-public = General public

measure-entries = Number of entries
measure-reach = People reached
measure-participants = Participants

repeat-week = week(s)
repeat-month = month(s)

## What an edit or a finding is about

subject-project = Project
subject-partner = Partner
subject-work-package = Work package
subject-activity = Activity
subject-deliverable = Deliverable
subject-entry = Log entry
subject-indicator = Indicator

## Refused edits

error-duplicate-id = { $subject } “{ $id }” already exists.
error-not-found = { $subject } “{ $id }” does not exist.
error-unknown-partner = There is no partner “{ $id }”.
error-unknown-work-package = There is no work package “{ $id }”.
error-unknown-activity = There is no activity { $id }.
error-in-use = { $subject } “{ $id }” is still used by { $uses }.

uses-project = the project itself
uses-work-packages = { $count ->
    [one] one work package
   *[other] { $count } work packages
}
uses-activities = { $count ->
    [one] one activity
   *[other] { $count } activities
}
uses-deliverables = { $count ->
    [one] one deliverable
   *[other] { $count } deliverables
}
uses-entries = { $count ->
    [one] one log entry
   *[other] { $count } log entries
}
uses-indicators = { $count ->
    [one] one indicator target
   *[other] { $count } indicator targets
}

problem-empty-title = The title is missing.
problem-empty-name = The name is missing.
problem-end-before-start = The end comes before the start.
problem-project-end-before-start = The project ends before it starts.
problem-bad-partner-id = “{ $id }” is not a usable partner id: use up to 16 letters, digits, “-”, “_” or “.”, without spaces.
problem-bad-country = “{ $code }” is not a two-letter country code such as IT or AT.
problem-bad-language = “{ $code }” is not a language code such as it, de or sl.
problem-duplicate-code = Another deliverable already has the code “{ $code }”.
problem-campaign-is-itself = An activity cannot belong to itself.
problem-campaign-not-a-campaign = Activity { $id } is itself part of a campaign, so it cannot hold other items.
problem-date-out-of-range = The date { $date } lies outside the years 1900 to 2999.
problem-bad-recurrence = The repetition needs a step of at least 1 and an end after the start.

## Checking a plan

check-error = error
check-warning = warning
check-duplicate-id = another item above has the same id.
check-outside-project = “{ $title }” lies outside the project’s dates.

## Loading and saving

load-not-found = the file does not exist.
load-io = cannot read the file: { $reason }
load-too-large = the file is { $megabytes } MB, more than the { $limit } MB a plan may have.
load-not-text = the file is not UTF-8 text here; it is not a plan or it is damaged.
load-syntax = { $reason }
load-too-new = this plan was written by a newer CommPlan (format { $found }; this program reads up to { $supported }). Update CommPlan to open it; the file was left untouched.
load-too-old = format version { $found } is not a CommPlan format.
save-failed = could not save: { $reason }
save-read-only = the folder or file is read-only
save-disk-full = the disk is full

## Dates and numbers

format-date = { $day } { $month } { $year }
format-date-weekday = { $weekday } { $date }
format-month-year = { $month } { $year }
format-thousands-separator = ,
format-first-weekday = mon
month-short-1 = Jan
month-short-2 = Feb
month-short-3 = Mar
month-short-4 = Apr
month-short-5 = May
month-short-6 = Jun
month-short-7 = Jul
month-short-8 = Aug
month-short-9 = Sep
month-short-10 = Oct
month-short-11 = Nov
month-short-12 = Dec
month-long-1 = January
month-long-2 = February
month-long-3 = March
month-long-4 = April
month-long-5 = May
month-long-6 = June
month-long-7 = July
month-long-8 = August
month-long-9 = September
month-long-10 = October
month-long-11 = November
month-long-12 = December
weekday-short-mon = Mon
weekday-short-tue = Tue
weekday-short-wed = Wed
weekday-short-thu = Thu
weekday-short-fri = Fri
weekday-short-sat = Sat
weekday-short-sun = Sun

## Screens

screen-overview = Overview
screen-calendar = Calendar
screen-deliverables = Deliverables
screen-dissemination = Dissemination
screen-partners = Partners
screen-indicators = Indicators
screen-settings = Settings

## Overview

none = —
overview-project = Project
overview-dates = { $start } – { $end }
overview-leads = Lead partner: { $lead } · Communication lead: { $communication }
overview-partners = partners and observers
overview-activities = activities planned
overview-deliverables = deliverables
overview-entries = dissemination log entries
overview-ended = The project ended on { $date }
overview-not-started = The project starts on { $date }
overview-running = The project is running
overview-deadlines = Deadlines
overview-no-deadlines = No deliverables yet.

# @overview (add new overview strings below)
overview-agenda = Next 14 days
overview-agenda-empty = Nothing planned in the next 14 days.
overview-overdue = Overdue deliverables
overview-overdue-none = No deliverable is overdue.
overview-days-late = { $days ->
    [one] { $days } day late
   *[other] { $days } days late
}
overview-month = This month by partner
overview-month-empty = No activities this month.
overview-month-count = { $count ->
    [one] { $count } activity
   *[other] { $count } activities
}
overview-indicators = Indicators
overview-indicators-empty = No indicators yet.
overview-indicator-value = { $actual } of { $target }
overview-quiet = Silent for 30 days or more
overview-quiet-none = Every partner reported in the last 30 days.
overview-quiet-never = never
overview-quiet-last = Last entry: { $date }

## Calendar

calendar-count = { $count ->
    [one] One activity
   *[other] { $count } activities
}

# @calendar (add new calendar strings below)
calendar-view-month = Month
calendar-view-week = Week
calendar-view-agenda = Agenda
calendar-view-timeline = Timeline
calendar-conflicts = { $count ->
    [one] one conflict
   *[other] { $count } conflicts
}
calendar-outside = { $count ->
    [one] one outside the project's dates
   *[other] { $count } outside the project's dates
}
calendar-duplicate = Duplicate
calendar-delete = Delete
calendar-new = New activity
calendar-week-title = Week { $week } · { $from } – { $to }
calendar-jump-placeholder = Go to date…
calendar-jump-invalid = Not a date: write 2017-06-29 or 29.06.2017
calendar-today = Today
calendar-rows-partners = By partner
calendar-rows-work-packages = By work package
calendar-rows-none = Other
calendar-rows-no-work-package = No work package
calendar-copy-title = { $title } (copy)
calendar-more = +{ $count } more
calendar-all-day = All day
calendar-week-number = Week { $week }
calendar-deadline = { $code } due: { $title }
calendar-deadline-on = { $code } { $title }, due { $date }
calendar-legend-deadline = Deliverable due
calendar-filter-partners = Partner
calendar-filter-work-packages = Work package
calendar-filter-kinds = Kind
calendar-filter-statuses = Status
calendar-filter-target-groups = Target group
calendar-filter-text = Text
calendar-filter-count = { $facet } ({ $count })
calendar-filter-text-placeholder = Find in titles, places, notes…
calendar-filter-hidden = { $count ->
    [one] The filters hide one item
   *[other] The filters hide { $count } items
}
calendar-filter-clear = Clear filters
calendar-filter-clear-facet = Clear
calendar-nothing = Nothing to show: no activities, or the filters hide them all.
calendar-timeline-title = { $from } – { $to }
calendar-overlaps = { $count ->
    [one] Overlaps with { $titles }
   *[other] Overlaps with { $count } items: { $titles }
}
calendar-outside-project = Outside the project's dates
calendar-edit = Edit
editor-new-title = New activity
editor-edit-title = Edit activity
editor-section-what = What
editor-section-who = Who
editor-section-when = When
editor-section-where = Where
editor-section-audience = For whom
editor-title = Title
editor-kind = Kind
editor-status = Status
editor-notes = Notes
editor-responsible = Responsible partner
editor-work-package = Work package
editor-campaign = Part of campaign
editor-contributors = Contributing partners
editor-none = None
editor-start = Start date
editor-end = End date
editor-start-time = Starts at
editor-end-time = Ends at
editor-zone = Time zone
editor-all-day = All day
editor-date-hint = Dates as 2017-06-29, 29/06/2017 or 29.06.2017; times as 10:30.
editor-repeat = Repeats
editor-repeat-never = Never
editor-repeat-weekly = Weekly
editor-repeat-monthly = Monthly
editor-until = Until (empty: the project's end)
editor-venue = Venue
editor-city = City
editor-country = Country code
editor-online = Online link
editor-registration = Registration link
editor-channel = Channel
editor-languages = Languages (e.g. it, de)
editor-target-groups = Target groups
editor-delete = Delete
editor-delete-confirm = Really delete?
editor-cancel = Cancel
editor-save = Save activity
editor-problems = { $count ->
    [one] One problem to fix
   *[other] { $count } problems to fix
}
editor-title-missing = Give the activity a title.
editor-responsible-missing = Choose the partner responsible.
editor-date-invalid = “{ $value }” is not a date.
editor-date-outside = The project runs from { $start } to { $end }.
editor-end-before-start = The end comes before the start.
editor-time-invalid = “{ $value }” is not a time (write 10:30).
editor-zone-invalid = “{ $value }” is not a time zone (e.g. Europe/Rome).
editor-every-invalid = Write a whole number from 1 up.
editor-until-before-start = The repetition ends before the activity starts.
editor-country-invalid = Two letters, e.g. IT.
editor-language-invalid = “{ $value }” is not a language code.

## Deliverables

deliverables-empty = No deliverables yet.
deliverables-count = { $count ->
    [one] One deliverable
   *[other] { $count } deliverables
}
deliverables-code = Code
deliverables-title = Title
deliverables-lead = Lead
deliverables-due = Due
deliverables-status = Status

# @deliverables (add new deliverables strings below)
deliverables-count-shown = { $shown } of { $count } shown
deliverables-add = New deliverable
deliverables-new = New deliverable
deliverables-edit = Edit { $code }
deliverables-title-placeholder = What is delivered
deliverables-work-package = Work package
deliverables-work-package-short = WP
deliverables-days-left = Days left
deliverables-pick-work-package = Choose a work package
deliverables-pick-lead = Choose the lead partner
deliverables-link = Link
deliverables-save = Save
deliverables-cancel = Cancel
deliverables-delete = Delete
deliverables-delivered-on = sent { $date }
deliverables-error-due = “{ $text }” is not a date: write it as YYYY-MM-DD, DD/MM/YYYY or DD.MM.YYYY, e.g. 2018-06-30.
deliverables-error-outside = The due date must lie within the project, from { $start } to { $end }.
deliverables-error-no-work-package = Choose the work package it belongs to.
deliverables-error-no-lead = Choose the partner who leads it.
deliverables-query-placeholder = Filter by code or title
deliverables-all-work-packages = All work packages
deliverables-all-partners = All partners
deliverables-clear-filters = Clear filters
deliverables-none-match = No deliverable matches these filters.
deliverables-show-all = All statuses
deliverables-show-open = Still open
deliverables-show-pressing = Overdue or due in 14 days
deliverables-show-overdue = Overdue
deliverables-selected = { $count ->
    [one] One deliverable selected
   *[other] { $count } deliverables selected
}
deliverables-set-status = Set status to
deliverables-pick-status = Choose a status
deliverables-clear-selection = Clear selection
deliverables-owes-nothing = { $partner } owes nothing at the moment.
deliverables-owes = { $partner } owes { $count ->
    [one] one deliverable
   *[other] { $count } deliverables
}: { $overdue } overdue, { $soon } due within 14 days.
deliverables-owes-next = Next: { $code } on { $date }
deliverables-days-late = { $days ->
    [one] 1 day late
   *[other] { $days } days late
}
deliverables-due-today = due today
deliverables-days-to-go = { $days ->
    [one] in 1 day
   *[other] in { $days } days
}
deliverables-advance = Move to { $status }
deliverables-contributors = Contributors

## Dissemination log

log-empty = Nothing logged yet.
log-date = Date
log-partner = Partner
log-title = Title
log-channel = Channel
log-reach = Reach

# @dissemination (add new dissemination strings below)
log-subtitle = { $count ->
    [one] One entry in the log
   *[other] { $count } entries in the log
}
log-target-group = Target group
log-participants = Participants
log-activity = Reports on
log-none-shown = No entry matches the filters.
log-totals-all = { $count ->
    [one] One entry
   *[other] { $count } entries
}
log-totals-shown = { $count ->
    [one] One entry of { $all }
   *[other] { $count } entries of { $all }
}
log-import = Import…
log-filter-all-partners = All partners
log-filter-all-channels = All channels
log-filter-all-groups = All target groups
log-filter-from = From
log-filter-to = To
log-filter-text = Find in titles, notes, links…
log-filter-clear = Clear filters
log-form-new = New entry
log-form-editing = Editing an entry
log-form-date = Date
log-form-language = Language
log-form-activity = Activity (A12)
log-form-link = Link
log-form-notes = Notes
log-form-any-group = No target group
log-form-add = Add entry
log-form-save = Save changes
log-form-cancel = Cancel
log-form-bad-date = “{ $value }” is not a date: write 2018-03-15, 15/03/2018 or 15.03.2018.
log-form-no-partner = Choose the partner who reports it.
log-form-no-channel = Choose the channel.
log-form-no-title = Give the entry a title.
log-form-bad-number = { $field }: “{ $value }” is not a whole number.
log-form-bad-language = “{ $value }” is not a language code such as it, de or sl.
log-form-unknown-activity = There is no activity { $value } in the plan.
log-form-reports-on = Reports on: { $title }

## Indicators

indicators-empty = No indicators yet.
indicators-progress = { $actual } of { $target } { $unit }
indicators-percent = { $percent } %

# @indicators (add new indicators strings below)
indicators-new = New indicator
indicators-period-all = Whole project
indicators-period-short = P{ $number }
indicators-period-range = { $first } – { $last }
indicators-period-note = Achieved within { $period }; { $total } over the whole project.
indicators-overall = Target and actual
indicators-over-time = Over time
indicators-by-partner = By partner
indicators-partner = Partner
indicators-actual = Actual
indicators-target = Target
indicators-no-target = no target
indicators-no-partner-figures = No partner has reported anything this indicator counts, and none has a target.
indicators-chart-target = Target { $target }
indicators-chart-today = Today
indicators-chart-point = { $date }: { $value }
indicators-counts-everything = Counts every log entry
indicators-counts-only = Counts only: { $what }
indicators-edit = Edit
indicators-delete = Delete
indicators-delete-question = Delete indicator { $code }? Ctrl+Z brings it back.
indicators-delete-confirm = Delete indicator
indicators-editor-edit = Edit indicator
indicators-editor-new = New indicator
indicators-field-code = Code
indicators-field-name = Name
indicators-field-unit = Unit
indicators-field-measure = Adds up
indicators-field-target = Overall target
indicators-field-channels = Channels
indicators-field-kinds = Activity kinds
indicators-field-groups = Target groups
indicators-code-placeholder = C.1
indicators-name-placeholder = What it measures
indicators-unit-placeholder = participants, copies, posts
indicators-section-counts = What it counts
indicators-counts-hint = Only log entries that match every chosen group count; a group with nothing chosen accepts any entry.
indicators-section-partner-targets = Partner targets
indicators-partner-targets-hint = Leave a field empty for a partner without its own target.
indicators-save = Save
indicators-cancel = Cancel
indicators-error-code-required = A code is required.
indicators-error-code-taken = Another indicator already has the code { $code }.
indicators-error-name-required = A name is required.
indicators-error-whole-number = Enter a whole number, such as 250.

## Partners

partners-empty = No partners yet: add the first one above.
partners-count = { $count ->
    [one] One partner
   *[other] { $count } partners and observers
}
partners-new = Add a partner
partners-id = Id
partners-name = Name
partners-country = Country
partners-role = Role
partners-contact = Contact
partners-id-placeholder = Id (VEN)
partners-name-placeholder = Full name
partners-country-placeholder = IT
partners-email-placeholder = contact e-mail
partners-add = Add

# @partners (add new partners strings below)
partners-tab-partners = Partners
partners-tab-work-packages = Work packages
partners-wp-count = { $count ->
    [one] One work package
   *[other] { $count } work packages
}
partners-edit = Edit { $name }
partners-save = Save
partners-cancel = Cancel
partners-short-name-placeholder = Short name
partners-contact-placeholder = Contact person
partners-languages-placeholder = it, en
partners-languages = Languages
partners-owes = Owes
partners-overdue = { $count ->
    [one] 1 overdue
   *[other] { $count } overdue
}
partners-open = { $count ->
    [one] 1 open
   *[other] { $count } open
}
partners-owes-heading = What this partner owes
partners-owes-nothing = Nothing open: every deliverable it leads is delivered.
partners-owes-more = …and { $count } more
partners-show-deliverables = Show in Deliverables
partners-cannot-remove = { $id } cannot be removed yet
partners-reassign-to = Hand everything over to
partners-pick-heir = Choose a partner
partners-reassign = Hand over and remove { $id }
partners-keep = Keep it
partners-wp-empty = No work packages yet: add the first one above.
partners-wp-pick = Choose a work package to see its deliverables and activities.
partners-wp-id-placeholder = Id (WP C)
partners-wp-title-placeholder = Title
partners-wp-lead = Lead partner
partners-wp-add = Add
partners-wp-new = Add a work package
partners-wp-edit = Edit { $id }
partners-wp-counts = { $deliverables ->
    [one] 1 deliverable
   *[other] { $deliverables } deliverables
} · { $activities ->
    [one] 1 activity
   *[other] { $activities } activities
}
partners-wp-deliverables = Deliverables of { $id }
partners-wp-activities = Activities of { $id }
partners-wp-no-deliverables = No deliverables in this work package.
partners-wp-no-activities = No activities in this work package.
partners-short-name = Short name
partners-email = E-mail
partners-color = Colour

## Settings

settings-appearance = Appearance and language
settings-theme-system = Follow the system
settings-theme-light = Light
settings-theme-dark = Dark
settings-language = Language
settings-places = Where your work is kept
settings-data-folder = Data folder
settings-backups-folder = Backups
settings-settings-file = Settings file
settings-log-file = Log file
settings-plan-file = This plan

## Window, toolbar and status

app-name = CommPlan
window-title = { $plan } — CommPlan
window-title-read-only = {" "}(read-only)
toolbar-new = New
toolbar-new-hint = Create an empty plan (Ctrl+N)
toolbar-open = Open
toolbar-open-hint = Open a plan file (Ctrl+O)
toolbar-recent = Recent plans
toolbar-save-as = Save As…
toolbar-save-as-hint = Save a copy under another name and continue there (Ctrl+Shift+S)
toolbar-undo-what = Undo: { $what } (Ctrl+Z)
toolbar-undo-nothing = Nothing to undo
toolbar-redo-what = Redo: { $what } (Ctrl+Shift+Z)
toolbar-redo-nothing = Nothing to redo
status-opening = Opening…
status-saving = Saving…
status-save-failed = Not saved
status-read-only = Read-only
status-unsaved = Unsaved changes
status-saved = All changes saved
read-only-elsewhere = This plan is open in another CommPlan window, so it is read-only here. Use Save As to continue in a copy.
read-only-cannot-lock = This plan is read-only here: { $reason }. Use Save As to continue in a copy.
read-only-no-file = No plan is open. Create a new plan or open one.

## Notices

notice-saved-as = Saved as { $path }; you are now working in this file.
notice-save-failed = { $reason } Your changes are kept in this window; use Save As to save them elsewhere.
notice-restored = The backup is open. The damaged file was kept as { $aside }.
notice-restore-failed = The backup was not opened, because the damaged file could not be set aside: { $reason }

## Dialogs

dialog-new-title = Create a new plan
dialog-open-title = Open a plan
dialog-save-as-title = Save the plan as
file-filter-plans = CommPlan plans
dialog-dismiss = Close
dialog-cancel = Cancel
dialog-open-another = Open another plan…
dialog-unreadable-title = This plan cannot be opened
dialog-unreadable-untouched = The file was left exactly as it is.
dialog-backup-offer = The newest good backup is from { $when } ({ $activities } activities). Opening it keeps the damaged file beside it under another name.
dialog-no-backup = There is no backup of this plan to go back to.
dialog-restore = Open the backup
dialog-close-failed-title = Your changes could not be saved
dialog-close-failed-hint = Save them elsewhere, or quit and lose the changes since the last save.
dialog-quit-anyway = Quit without saving
dialog-path-hint = { $what ->
        [folder] Type the full path of the folder
        [export] Type the full path of the file to write
        [csv] Type the full path of the spreadsheet (XLSX, XLS, ODS or CSV)
       *[plan] Type the full path of the plan file
    } (no system file dialog is available here).
dialog-path-save = Save
dialog-path-need-file = Type the path of a file, not of a folder.
dialog-path-need-folder = Type the path of an existing folder.
dialog-path-missing = There is no file at this path.
dialog-path-no-folder = The folder of this path does not exist.

## Command line

cli-no-data-folder = No home folder was found for the default plan; name a plan with --plan FILE.
cli-exists = { $path } exists already; use --force to replace it.
cli-written = Wrote { $path }
cli-check-ok = { $path }: the plan is valid ({ $activities } activities, { $deliverables } deliverables, { $entries } log entries).
cli-summary-dates = Runs from { $start } to { $end }
cli-summary-partners = { $count ->
    [one] One partner
   *[other] { $count } partners
}
cli-summary-activities = { $count ->
    [one] One activity
   *[other] { $count } activities
}
cli-summary-deliverables = { $count ->
    [one] One deliverable
   *[other] { $count } deliverables
}
cli-summary-entries = { $count ->
    [one] One dissemination log entry
   *[other] { $count } dissemination log entries
}
cli-summary-next = Next deadlines:
cli-summary-none = none: every deliverable due from today on is delivered, or none is due.
cli-gui-failed = The window could not be opened: { $reason }

# @cli (add new cli strings below)
cli-import-no-partner = The plan has no partner “{ $id }”.
cli-import-ignored-column = the column “{ $column }” is not one CommPlan reads; it was ignored.
cli-import-dry-run = Dry run, nothing was changed: { $added } to add, { $skipped } to skip (already in the log, or repeated in the file), { $rejected } rejected.
cli-import-done = { $path }: { $added ->
    [one] one entry added
   *[other] { $added } entries added
}, { $skipped } skipped (already in the log, or repeated in the file), { $rejected } rejected.
cli-import-some-rejected = { $count ->
    [one] One row was rejected
   *[other] { $count } rows were rejected
}; correct { $count ->
    [one] it
   *[other] them
} in the file and import it again (rows already imported are skipped).
cli-import-plan-open = { $path } is open in CommPlan; import there (Dissemination → Import), or close it first.
cli-no-such-plan = { $path }: there is no such plan file (or command). See `commplan --help`.
cli-no-display = No graphical session was found (DISPLAY and WAYLAND_DISPLAY are not set), so the window cannot open. The commands new, check and summary work without one; see `commplan --help`.
cli-export-bad-date = “{ $text }” is not a date; write it as YYYY-MM-DD, DD/MM/YYYY or DD.MM.YYYY, e.g. 2017-06-29.
cli-export-bad-time = “{ $text }” is not a time such as 2017-06-29T10:00:00Z.
cli-export-bad-table = “{ $text }” is not a table; use activities, deliverables, dissemination or partners.
cli-export-bad-separator = “{ $text }” cannot separate fields; use “,”, “;”, “|” or tab.
cli-export-stdout-failed = Could not write to standard output: { $reason }

## Exports

# @exports (add new exports strings below)

export-keys-hint = Tab: next option · arrows: change · Space: toggle · Enter: export
export-error-unknown-partner = There is no partner “{ $id }” in this plan.
export-error-empty-range = The date range ends ({ $to }) before it starts ({ $from }).
export-calendar-name = { $project }
export-calendar-name-partner = { $project } — { $partner }
export-responsible = Responsible: { $partner }
export-contributors = With: { $partners }
export-work-package = Work package: { $work_package }
export-channel = Channel: { $channel }
export-registration = Registration: { $link }
export-online = Online: { $link }
export-lead = Lead: { $partner }
export-deliverable-status = Status: { $status }
export-deadline-summary = Deadline { $code }: { $title }
export-deadline-description = Deliverable { $code } of { $work_package } is due.
export-category-deadline = Deadline
export-html-title-plan = { $project }: communication schedule
export-html-title-partner = { $project }: schedule for { $partner }
export-html-runs = The project runs from { $start } to { $end }
export-html-covers = this schedule covers { $start } to { $end }
export-html-generated = generated on { $date }
export-html-footer = Made with CommPlan for { $project }. Please tell the communication lead about any change.
export-html-contacts = Contacts
export-html-partner = Partner
export-html-role = Role
export-html-contact = Contact
export-html-deliverables = Deliverables
export-html-deliverables-owed = Deliverables you owe
export-html-no-deliverables = No deliverables are due in this period.
export-html-code = Code
export-html-title = Title
export-html-due = Due
export-html-lead = Lead
export-html-status = Status
export-html-schedule = Schedule
export-html-nothing-planned = Nothing is planned in this period.
export-html-date = Date
export-html-time-heading = Time
export-html-what = What
export-html-who = Who
export-html-where = Where
export-html-range = { $start } to { $end }
export-html-all-day = All day
export-html-time = { $start }–{ $end } ({ $zone })
export-html-with = with { $partners }
export-html-registration = Registration:
export-html-deadline = Deadline
toolbar-export = Export…
toolbar-export-hint = Export a calendar, a table or a printable schedule for partners
export-dialog-title = Export for partners
export-field-format = Format
export-field-partner = Partner
export-field-dates = Dates
export-field-language = Language
export-field-table = Table
export-field-separator = Separator
export-format-ics = Calendar (.ics)
export-format-csv = Table (.csv)
export-format-html = Printable page (.html)
export-format-ics-hint = For Thunderbird, GNOME Calendar, Evolution, Outlook and Google Calendar. Importing a newer export updates the events.
export-format-csv-hint = For spreadsheets: one header row, headers and values in the chosen language, dates as YYYY-MM-DD.
export-format-html-hint = One file to open in a browser and print on A4, one page per month.
export-html-print-hint = The page has the schedule month by month, the deliverables owed and the contacts.
export-all-partners = Whole plan (all partners)
export-date-placeholder = YYYY-MM-DD
export-dates-hint = Empty: the whole project
export-option-deadlines = Add deliverable deadlines as all-day events
export-option-reminder = Remind { $days } days before each open deadline
export-option-utc = Write times in UTC (for calendars that mishandle time zones)
export-option-bom = Byte order mark, so Excel reads accents right
export-separator-comma = Comma ,
export-separator-semicolon = Semicolon ; (Excel in Italian, German, French)
export-table-activities = Activities
export-table-deliverables = Deliverables
export-table-dissemination = Dissemination log
export-table-partners = Partners
export-every-partner = { $count ->
    [one] Export for the partner…
   *[other] Export for every partner ({ $count })…
}
export-save = Export…
export-busy = Exporting…
export-dialog-save-title = Export to
export-dialog-folder-title = Choose a folder for one file per partner
export-dialog-write = Export
export-filter-ics = Calendar files
export-filter-csv = CSV tables
export-filter-html = Web pages
export-dialog-bad-date = “{ $text }” is not a date; write it as YYYY-MM-DD, DD/MM/YYYY or DD.MM.YYYY, e.g. 2017-06-29.
export-notice-file = Exported to { $path }
export-notice-folder = { $count ->
    [one] Wrote one file to { $folder }
   *[other] Wrote { $count } files to { $folder }
}

## Import

# @import (add new import strings below)
import-choose-title = Choose a partner's log (XLSX, XLS, ODS or CSV) to import
import-read = Read
import-title = Import a dissemination log
import-reading = Reading { $file }…
import-unreadable = The file cannot be read: { $reason }
import-read-as = Read as { $encoding }, separated by { $separator }.
import-separator-tab = tabs
import-partner = Every row's partner:
import-partner-from-file = From the file's partner column
import-to-add = { $count ->
    [one] One row to add
   *[other] { $count } rows to add
}
import-to-skip = { $count ->
    [one] One already in the log
   *[other] { $count } already in the log
}
import-to-reject = { $count ->
    [one] One rejected
   *[other] { $count } rejected
}
import-ignored = Columns not read: { $columns }
import-rejected-heading = Rejected rows
import-added-heading = Rows to add
import-line = Line { $line }
import-more-rows = …and { $count } more.
import-confirm = { $count ->
    [0] Nothing to import
    [one] Import one row
   *[other] Import { $count } rows
}
import-done = { $file }: { $added ->
    [one] one row added
   *[other] { $added } rows added
}, { $skipped } skipped (already in the log), { $rejected } rejected. Undo takes the import back.
file-filter-csv = Spreadsheets saved as CSV
import-column-date = date
import-column-partner = partner
import-column-channel = channel
import-column-title = title
import-column-target-group = target group
import-column-reach = reach
import-column-participants = participants
import-column-language = language
import-column-link = link
import-column-notes = notes
import-column-activity = activity
import-too-few-columns = the row has { $found } values, but the header names { $expected } columns.
import-too-many-columns = the row has { $found } values, but the header names only { $expected } columns: is there a separator inside a text that is not in quotes?
import-missing = the { $column } is missing.
import-bad-date = “{ $text }” is not a date; write it as YYYY-MM-DD, DD/MM/YYYY or DD.MM.YYYY.
import-bad-number = the { $column } “{ $text }” is not a whole number.
import-negative = the { $column } “{ $text }” is below zero.
import-unknown-channel = “{ $text }” is not a channel CommPlan knows (website, social media, newsletter, press, event, publication, video, email, other).
import-unknown-target-group = “{ $text }” is not a target group CommPlan knows.
import-unknown-partner = there is no partner “{ $text }” in the plan.
import-bad-activity = “{ $text }” is not an activity id such as 12 or A12.
import-unknown-activity = there is no activity { $id } in the plan.
import-bad-language = “{ $text }” is not a language code such as it, de or sl.
import-file-empty = the file has no rows.
import-no-header = line { $line } should name the columns (date, partner, channel, title, …), but it starts with “{ $first }”.
import-missing-columns = { $count ->
    [one] the file has no column { $columns }.
   *[other] the file has no columns { $columns }.
}
import-unknown-override = there is no partner “{ $id }” in the plan.
import-malformed = line { $line } cannot be read as CSV: { $reason }
template-hint-date = Date: YYYY-MM-DD, DD/MM/YYYY or DD.MM.YYYY (required; this row is ignored)
template-hint-partner = Your partner id, e.g. VEN (required)
template-hint-channel = Channel (required): { $words }
template-hint-title = What was done or published (required)
template-hint-target-group = Target group, e.g. general public, enterprise, higher education
template-hint-reach = People reached or copies distributed (a whole number)
template-hint-participants = Participants, for events (a whole number)
template-hint-language = Language code: it, de, fr, sl, en
template-hint-link = Link to the evidence (post, article, photos)
template-hint-notes = Notes
template-hint-activity = Activity id from the plan, if known (e.g. 12)

## Search

# @search (add new search strings below)
search-placeholder = Search deliverables, activities, partners and log entries
search-hint = Type a code, a title, a partner or a place.
search-nothing = Nothing matches “{ $query }”.
search-more = { $count ->
    [one] and one more
   *[other] and { $count } more
}
search-keys = ↑ ↓ to choose · Enter to open · Esc to close
search-deliverables = Deliverables
search-activities = Activities
search-partners = Partners
search-entries = Log entries
search-open = Search
search-shortcut = Ctrl+K

## issue 17: project set-up and reporting periods
period-short = P{ $number }
period-range = P{ $number }: { $first } – { $last }
period-error-length = A reporting period of { $months } months is not possible: give 1 to { $max } months.
period-error-empty = The list of reporting periods is empty.
period-error-first = The first reporting period must start on the project start, not on { $date }.
period-error-gap = The reporting period starting on { $date } does not follow the one before it (gap or overlap).
period-error-month = The reporting period starting on { $date } does not start on a project month (periods are made of whole months from the project start).
period-error-order = A reporting period ends on { $date }, before it starts.
period-error-after = A reporting period ends on { $date }, after the project.
cli-new-needs-name = Give the project's name with --name (and its dates with --start and --end), or write the sample with --sample.
cli-new-sample-or-project = --sample writes the S3-4Alp Clusters sample as it is; leave out --name, --start and the other project options, or leave out --sample.
cli-project-bad-zone = “{ $text }” is not a time zone; give an IANA name such as Europe/Rome, or a city such as Lisbon.
cli-project-name = Name: { $name }
cli-project-acronym = Acronym: { $acronym }
cli-project-programme = Programme: { $programme }
cli-project-lead = Lead partner: { $partner }
cli-project-communication-lead = Communication lead: { $partner }
cli-project-language = Working language: { $language }
cli-project-zone = Time zone: { $zone }
cli-project-zone-local = this computer's
cli-project-periods = Reporting periods:
cli-project-outside = { $count ->
    [one] Warning: one item lies outside the project's dates (kept as it is):
   *[other] Warning: { $count } items lie outside the project's dates (kept as they are):
}
cli-project-plan-open = { $path } is open in CommPlan; change the project there (Overview → Project), or close it first.
project-new-title = Your project
project-edit-title = Project
project-name = Name
project-acronym = Acronym
project-programme = Programme
project-start = Start
project-end = End
project-date-hint = Dates as 2025-10-01, 01/10/2025 or 01.10.2025.
project-period-months = Reporting period (months)
project-first-months = First period (months)
project-first-same = same length
project-periods-more = { " " }and { $count } more
project-zone = Time zone
project-zone-none = No time zone matches “{ $text }”.
project-zone-local = This computer's time zone is used.
project-language = Working language
project-lead = Lead partner
project-communication-lead = Communication lead
project-new-leads-later = Add the partners next; the lead partner and the communication lead are chosen among them (Overview → Edit project).
project-create = Create…
project-save = Save
project-saved = The project was saved. Edit → Undo puts it back.
project-missing-name = The project's name is missing.
project-bad-date = “{ $text }” is not a date; write it as 2025-10-01, 01/10/2025 or 01.10.2025.
project-bad-months = “{ $text }” is not a number of months.
project-bad-zone = Pick a time zone from the list, or leave the field empty (“{ $text }” is not one).
project-outside = { $count ->
    [one] One item lies outside these dates. It is kept as it is:
   *[other] { $count } items lie outside these dates. They are kept as they are:
}
project-outside-more = …and { $count } more.
overview-sample-ended = Sample: { $acronym }, ended { $date }
overview-running-period = The project is running: { $period }
overview-edit-project = Edit project…
overview-start-own = Start your own project
overview-agenda-ended = The project has ended: nothing more is planned.
overview-undelivered = Not delivered by the end
overview-not-delivered = not delivered
settings-project = Project
settings-project-hint = Name, dates, leads, time zone and reporting periods of the open plan.
log-form-outside-warning = Outside the project ({ $start } – { $end }): kept, and counted in the first or last period.
log-filter-all-periods = Any period
deliverables-submitted-date = Submitted on
deliverables-approved-date = Approved on
deliverables-error-approved-before = The approval date comes before the submission date.
partners-offer-communication = { $name } has the role of communication lead. Make it the project's communication lead?
partners-offer-communication-accept = Make it the communication lead
partners-offer-lead = { $name } has the role of lead partner. Make it the project's lead partner?
partners-offer-lead-accept = Make it the lead partner
partners-offer-decline = Not now

## issue 20: the progress-report pack
report-error-period = The project has no reporting period { $number }: it has { $count }.
report-error-partner = The plan has no partner “{ $id }”.
report-title = { $project }: progress report, { $period }
report-part-activities = Activities by work package
report-part-not-done = Planned and not done (cancelled or postponed)
report-part-deliverables = Deliverables due or submitted in the period
report-part-indicators = Indicators
report-part-partners = Partners' contribution
report-part-groups = Target groups reached
report-part-warnings = To check before reporting
report-col-code = Code
report-col-title = Title
report-col-kind = Kind
report-col-date = Date
report-col-first = From
report-col-last = To
report-col-times = Times
report-col-work-package = Work package
report-col-responsible = Responsible
report-col-contributors = Contributors
report-col-status = Status
report-col-notes = Notes
report-col-due = Due
report-col-submitted = Submitted
report-col-overdue = Overdue at the end of the period
report-col-link = Link
report-col-unit = Unit
report-col-this-period = This period
report-col-before = Reported before
report-col-cumulative = Cumulative
report-col-target = Target
report-col-share = Reached
report-col-partner = Partner
report-col-activities = Activities
report-col-entries = Log entries
report-col-reach = Reach
report-col-participants = Participants
report-col-group = Target group
report-col-warning = Warning
report-yes = yes
report-none = Nothing in this period.
report-no-work-package = No work package
report-overdue = overdue at the end of the period
report-evidence = Evidence for { $indicator }
report-silent = No log entry in this period: { $partners }.
report-no-warnings = Nothing to check.
report-warning-no-evidence = No evidence link: { $entry }
report-warning-no-participants = An event without participants: { $entry }
report-warning-outside = Dated outside the project: { $entry }
report-warning-unlinked = { $indicator } counts events through their activity: { $count } entries of its channels name no activity and are left out.
report-dialog-title = Progress report
report-period = Reporting period
report-partner = Partner
report-whole-project = Whole project
report-language = Language
report-form = Form
report-form-html = Printable page (HTML)
report-form-csv = Table (CSV)
report-write = Write…
report-save-title = Save the progress report
report-written = Wrote the progress report to { $path }
report-summary = { $activities } activities, { $deliverables } deliverables, { $warnings } things to check.
indicators-report = Progress report…
## issue 17: recurrence like a calendar client
repeat-day = day(s)
repeat-year = year(s)
problem-rule-misses-first-day = The repetition does not fall on the first day: choose the first day's weekday too.
recur-daily = { $every ->
    [one] every day
   *[other] every { $every } days
}
recur-weekly-on = { $every ->
    [one] every week on { $days }
   *[other] every { $every } weeks on { $days }
}
recur-monthly-day = { $every ->
    [one] every month on day { $day }
   *[other] every { $every } months on day { $day }
}
recur-monthly-nth = { $every ->
    [one] every
   *[other] the
} { $nth ->
    [first] first
    [second] second
    [third] third
    [fourth] fourth
    [fifth] fifth
   *[last] last
} { $weekday ->
    [mon] Monday
    [tue] Tuesday
    [wed] Wednesday
    [thu] Thursday
    [fri] Friday
    [sat] Saturday
   *[sun] Sunday
} { $every ->
    [one] of the month
   *[other] every { $every } months
}
recur-yearly = { $every ->
    [one] every year on { $day } { $month }
   *[other] every { $every } years on { $day } { $month }
}
recur-count = { $count ->
    [one] , once
   *[other] , { $count } times
}
recur-until = , until { $date }
recur-skipped = , { $count } skipped
recur-moved = , { $count } moved
export-repeats = Repeats: { $rule }
editor-repeat-daily = Daily
editor-repeat-yearly = Yearly
editor-every-n = Every
editor-weekdays = On
editor-monthly-on = Which day
editor-ends = Ends
editor-ends-never = With the project
editor-ends-on = On a date
editor-ends-after = After N times
editor-count = Times
editor-count-invalid = Write a whole number from 1 up.
editor-weekday-missing = Choose the first day's weekday too.
editor-occurrence-title = Occurrence of { $date }
editor-scope-question = Apply changes to
editor-scope-occurrence = This occurrence
editor-scope-series = The whole series
editor-scope-note = For this occurrence only its date and time change.
editor-skip-occurrence = Skip this occurrence
calendar-move-question = This item repeats: move only this occurrence, or the whole series?
calendar-move-occurrence = This occurrence
calendar-move-series = The whole series
calendar-move-cancel = Cancel
## issue 16: the plan on disk is never silently overwritten or lost
save-changed-on-disk = the file changed on disk since it was read; nothing was written
save-too-large = the plan would be { $megabytes } MB, more than the { $limit } MB a plan may have, and could not be opened again; nothing was written
read-only-file = This plan file is read-only (its permissions allow no writing), so it is read-only here. Use Save As to continue in a copy.
notice-backup-failed = The plan was saved, but the backup before the save could not be made: { $reason }
notice-reloaded = The plan changed on disk and was loaded again.
notice-kept-both = Your version was saved as { $copy }; the window now shows the file as it is on disk.
notice-applied = Your edits were applied on top of the file as it is on disk.
notice-apply-failed = Your edits could not all be applied on top of the file on disk ({ $reason }); nothing was changed. Keep both instead.
dialog-changed-title = The plan changed on disk
dialog-changed-body = Another program (a sync client, an editor, another CommPlan) changed { $path } while this window had edits not yet saved. Nothing was written over it.
dialog-changed-section = { $section }: { $disk } on disk, { $here } in this window
dialog-changed-same-counts = The same number of items in each list; some items differ.
dialog-changed-apply = Apply my edits to the file on disk
dialog-changed-keep-both = Keep both (save mine as a copy)
section-partners = Partners
section-work-packages = Work packages
section-activities = Activities
section-deliverables = Deliverables
section-log = Log entries
section-indicators = Indicators
cli-export-onto-plan = { $path } is a plan file; an export never writes over a plan.
cli-export-exists = { $path } exists; add --force to replace it.
export-replace-body = { $path } exists. Replace it with the export?
export-refuse-plan = { $path } is a plan file; choose another name for the export.
import-control-character = a control character ({ $code }) in a cell, which a log entry cannot hold
import-unclosed-quote = a quote opened on this line is never closed
import-line-too-long = a line longer than { $limit } characters
import-column-limit = more than { $limit } columns
import-input-too-large = more than { $megabytes } MB read; a partner's log is smaller
html-expansion-capped = Repeating items are shown up to { $date } and at most { $count } times each.
import-row-limit = more than { $limit } rows; a partner's log is shorter (split the file)
conflict-copy-name = { $name } (conflict { $when })
## issue 19: publishing calendars (CalDAV, WebDAV) and exports per partner
export-error-nothing-matched = Nothing matched: the chosen partner and dates have no activity or deadline, so no calendar was written.
publish-error-bad-url = “{ $url }” is not a server address: it must start with http:// or https://.
publish-error-unreachable = Could not reach { $url }: { $reason }. Check the address and the network connection, then publish again.
publish-error-unauthorized = The server at { $url } refused the user name or password (401). Check both; servers such as Nextcloud may need an app password.
publish-error-forbidden = The server does not let this user write { $url } (403): the calendar may belong to another user. Ask its owner for access or choose another address.
publish-error-quota = The server at { $url } has no space left (507). Delete old calendars or ask the administrator for more space, then publish again.
publish-error-not-calendar = { $url } already exists on the server but is not a calendar. Rename or remove it there, then publish again.
publish-error-status = The server answered { $status } to { $method } { $url }. Publishing again repairs what was left half done.
publish-error-bad-answer = The server's answer to { $method } { $url } could not be read: { $reason }
publish-error-cancelled = Publishing was cancelled. What was sent stays on the server; publishing again completes it.
cli-publish-password-prompt = Password or app token for { $user }:
cli-publish-no-password = No password: set { $var } or give it on standard input.
cli-publish-dry-run = Dry run: nothing was changed on the server.
cli-publish-line = { $calendar } ({ $language }): { $created } created, { $updated } updated, { $deleted } deleted, { $unchanged } unchanged
cli-publish-requests = { $total } requests ({ $put } PUT, { $delete } DELETE, { $mkcalendar } MKCALENDAR, { $reads } reads) in { $ms } ms
export-html-deliverables-delivered = Delivered already
toolbar-publish = Publish…
toolbar-publish-hint = Publish each partner's calendar to a calendar server they subscribe to
publish-dialog-title = Publish calendars
publish-dialog-hint = Each partner gets a calendar in their own language on your CalDAV server (Nextcloud, Radicale…). Publishing again sends only what changed.
publish-url-placeholder = https://cloud.example.org/remote.php/dav
publish-field-server = Server
publish-field-user = User
publish-field-password = Password
publish-remember = Keep the password in the system keyring
publish-webdav = Plain .ics files into a WebDAV folder
publish-keyring-unavailable = The system keyring cannot be used ({ $reason }): type the password each time.
publish-field-partners = Partners
publish-all-partners = All
publish-whole-plan = Also one calendar with the whole plan
publish-row-done = { $created } created · { $updated } updated · { $deleted } deleted · { $unchanged } unchanged
publish-row-waiting = Waiting…
publish-summary = { $calendars } calendars, { $failed } failed · { $requests } requests in { $seconds } s
publish-close = Close
publish-busy = Publishing…
publish-start = Publish
## issue 18: spreadsheets

import-at-sheet-row = sheet “{ $sheet }”, row { $row }
import-ambiguous-date = “{ $text }” could be day/month or month/day, and no date in the column tells which; choose the order in the preview (or --date-order).
import-workbook-damaged = The { $format } workbook cannot be read: { $reason }. Nothing was imported.
import-sheet-damaged = Sheet “{ $sheet }” of the { $format } workbook cannot be read: { $reason }. Nothing was imported.
import-workbook-encrypted = The workbook is protected by a password. Save it without the password, then import it again. Nothing was imported.
import-not-a-workbook = This is a { $what } file, not a spreadsheet: CommPlan reads CSV, XLSX, XLS and ODS. Nothing was imported.
import-binary = This file is neither text nor a workbook (CSV, XLSX, XLS, ODS). Nothing was imported.
import-sheet-too-large = Sheet “{ $sheet }” has more than { $cells } filled cells: too large for a dissemination log. Nothing was imported.
import-unknown-sheet = The workbook has no sheet “{ $sheet }”.
import-in-sheet = Sheet “{ $sheet }”: { $error }
cli-import-bad-order = “{ $text }” is not a date order: use dmy (day first) or mdy (month first).
cli-import-number-columns = the file has number columns CommPlan does not read: { $columns }. Nothing was imported; rename them to a known column, or import without them with --without-unknown-columns.
import-workbook-truncated = The { $format } file is incomplete (cut short while copying or downloading?). Ask for it again. Nothing was imported.
sheet-column-id = ID
sheet-column-title = Title
sheet-column-kind = Kind
sheet-column-status = Status
sheet-column-responsible = Responsible partner
sheet-column-contributors = Contributors
sheet-column-work-package = Work package
sheet-column-start-date = Start date
sheet-column-end-date = End date
sheet-column-start-time = Start time
sheet-column-end-time = End time
sheet-column-time-zone = Time zone
sheet-column-repeat-every = Repeat every
sheet-column-repeat-unit = Repeat unit
sheet-column-repeat-until = Repeat until
sheet-column-venue = Venue
sheet-column-city = City
sheet-column-country = Country
sheet-column-online = Online link
sheet-column-channel = Channel
sheet-column-target-groups = Target groups
sheet-column-languages = Languages
sheet-column-registration = Registration
sheet-column-campaign = Campaign
sheet-column-notes = Notes
sheet-column-sequence = Revision
sheet-column-modified = Modified
sheet-column-code = Code
sheet-column-lead = Lead partner
sheet-column-due = Due date
sheet-column-submitted = Submitted on
sheet-column-link = Link
sheet-column-date = Date
sheet-column-partner = Partner
sheet-column-target-group = Target group
sheet-column-reach = Reach
sheet-column-participants = Participants
sheet-column-language = Language
sheet-column-activity = Activity
sheet-column-name = Name
sheet-column-short-name = Short name
sheet-column-role = Role
sheet-column-contact-name = Contact person
sheet-column-contact-email = Contact e-mail
sheet-column-color = Colour
sheet-column-indicator = Indicator
sheet-column-unit = Unit
sheet-column-period = Period
sheet-column-from = From
sheet-column-to = To
sheet-column-actual = Achieved
sheet-column-cumulative = Cumulative
sheet-column-target = Target
sheet-column-progress = Progress
export-error-workbook = The workbook could not be written: { $reason }
sheet-title-activities = Activities
sheet-title-deliverables = Deliverables
sheet-title-dissemination = Dissemination log
sheet-title-partners = Partners
sheet-title-indicators-by-period = Indicators by period
sheet-title-indicators-by-partner = Indicators by partner
file-filter-spreadsheets = Spreadsheets (XLSX, XLS, ODS, CSV)
import-read-as-workbook = Read as an { $format } workbook (sheets: { $sheets })
import-sheet = Sheet
import-order-day-first = Day first (3/4 = 3 April)
import-order-month-first = Month first (3/4 = 4 March)
import-date-order = The dates could be day/month or month/day:
import-date-order-choose = Choose the order
import-without-number-columns = Import without the number columns CommPlan does not read: { $columns }
import-unknown-words = Words CommPlan does not know: map each once for the whole file
import-unknown-word = “{ $word }” (rows: { $rows })
import-map-to = means…
export-table-indicators-by-period = Indicators by period
export-table-indicators-by-partner = Indicators by partner
export-format-xlsx = Excel (XLSX)
export-format-xlsx-hint = A workbook for Excel and LibreOffice, in the chosen language: dates and numbers as such, header frozen, filters on.
export-option-template = The empty dissemination log template for partners (drop-down lists; the partner chosen above filled in)
export-filter-xlsx = Excel workbooks
cli-import-sheet = sheet “{ $sheet }”, header in row { $row }
import-rejected-reason-column = Why this row was not imported
import-save-rejected = Save the rejected rows for the partner…
import-correct = Correct the { $column }, Enter
sheet-column-repeat-weekdays = Repeats on
sheet-column-repeat-nth = Week of the month
sheet-column-repeat-count = Times
sheet-column-repeat-skipped = Skipped
sheet-column-repeat-moved = Moved
## issue 15: a calendar and editors you can trust with a mouse
calendar-drag-to = to { $when }
calendar-selection-hint = Click an item to select it, drag it to move it, double-click to edit it.
leave-title = Save your changes before going on?
leave-text = { $screens }: what you typed is not saved yet.
leave-save = Save
leave-discard = Discard changes
leave-stay = Go back
problem-empty-partner-id = The partner’s id is missing (such as VEN or P01).
problem-empty-country = The country is missing: write its two-letter code, such as IT or AT.
calendar-campaign-delete-title = Delete the campaign “{ $title }”?
calendar-campaign-delete-items = { $count ->
    [one] It has one item:
   *[other] It has { $count } items:
}
calendar-campaign-more = and { $count } more
calendar-campaign-cancel = Cancel
calendar-campaign-keep = { $count ->
    [one] Keep the item, without the campaign
   *[other] Keep the items, without the campaign
}
calendar-campaign-delete-all = { $count ->
    [one] Delete it too
   *[other] Delete all { $count } too
}
log-form-activity-search = Activity: type to find it by title
log-form-activity-found = Reports on:
log-form-pick-activity = Choose the activity among those found by its title, or clear the field.
report-form-xlsx = Workbook (XLSX)

## issue 17e: the activity editor's dates, times and zones
editor-close = Close
editor-read-only-note = This plan is open read-only here: you can look, not change.
editor-time-none = No time of the list starts so; write it as 10:30.
editor-read-title = Activity (read-only)
calendar-show = Show
## issue 15: forms (an empty date is named as missing)
log-form-no-date = The date is missing: write 2018-03-15, 15/03/2018 or 15.03.2018.
## issue 17: foreign zones, date pickers and long titles
# the same time in the project’s zone and in the item’s own: "10:00 Rome · 09:00 Lisbon"
calendar-in-two-zones = { $here } { $here_zone } · { $there } { $there_zone }
## issue 18: forgetting the words remembered from a partner's imports
partners-mappings-title = Words remembered from this partner's files
partners-mappings-hint = When an import maps a word CommPlan does not know, the choice is kept for the partner's next file. Kept in this computer's settings, not in the plan: forgetting a word cannot be undone, and the next import asks about it again.
partners-mappings-none = No words remembered yet.
partners-mappings-word = { $vocab }: “{ $word }” → { $value }
partners-mappings-forget = Forget “{ $word }”
partners-mappings-forgotten = “{ $word }” forgotten: the partner's next import asks about it again.

## issue 17z: countries
zone-search-placeholder = Search a city or a country: Lisbon, Portugal, PT…
zone-search-none = No time zone matches “{ $value }”: try a city or a country, e.g. Lisbon or Portugal.
country-AD = Andorra
country-AE = United Arab Emirates
country-AL = Albania
country-AM = Armenia
country-AR = Argentina
country-AT = Austria
country-AU = Australia
country-AX = Åland Islands
country-AZ = Azerbaijan
country-BA = Bosnia and Herzegovina
country-BE = Belgium
country-BG = Bulgaria
country-BR = Brazil
country-BY = Belarus
country-CA = Canada
country-CH = Switzerland
country-CL = Chile
country-CN = China
country-CO = Colombia
country-CY = Cyprus
country-CZ = Czechia
country-DE = Germany
country-DK = Denmark
country-EE = Estonia
country-EG = Egypt
country-ES = Spain
country-FI = Finland
country-FO = Faroe Islands
country-FR = France
country-GB = United Kingdom
country-GE = Georgia
country-GG = Guernsey
country-GI = Gibraltar
country-GR = Greece
country-HK = Hong Kong
country-HR = Croatia
country-HU = Hungary
country-ID = Indonesia
country-IE = Ireland
country-IL = Israel
country-IM = Isle of Man
country-IN = India
country-IR = Iran
country-IS = Iceland
country-IT = Italy
country-JE = Jersey
country-JP = Japan
country-KE = Kenya
country-KR = South Korea
country-KZ = Kazakhstan
country-LI = Liechtenstein
country-LT = Lithuania
country-LU = Luxembourg
country-LV = Latvia
country-MA = Morocco
country-MC = Monaco
country-MD = Moldova
country-ME = Montenegro
country-MK = North Macedonia
country-MT = Malta
country-MX = Mexico
country-MY = Malaysia
country-NG = Nigeria
country-NL = Netherlands
country-NO = Norway
country-NZ = New Zealand
country-PE = Peru
country-PH = Philippines
country-PK = Pakistan
country-PL = Poland
country-PT = Portugal
country-QA = Qatar
country-RO = Romania
country-RS = Serbia
country-RU = Russia
country-SA = Saudi Arabia
country-SE = Sweden
country-SG = Singapore
country-SI = Slovenia
country-SJ = Svalbard and Jan Mayen
country-SK = Slovakia
country-SM = San Marino
country-TH = Thailand
country-TN = Tunisia
country-TR = Türkiye
country-TW = Taiwan
country-UA = Ukraine
country-US = United States
country-VA = Vatican City
country-VN = Vietnam
country-ZA = South Africa
