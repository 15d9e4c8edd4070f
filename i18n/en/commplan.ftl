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
problem-bad-recurrence = The repetition needs a step of at least 1 and an end after the start.

## Checking a plan

check-error = error
check-warning = warning
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
