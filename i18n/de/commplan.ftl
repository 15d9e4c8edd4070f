# CommPlan — deutsche Texte.

## Vocabularies

kind-event = Veranstaltung
kind-workshop = Workshop
kind-conference = Konferenz
kind-webinar = Webinar
kind-newsletter = Newsletter
kind-press-release = Pressemitteilung
kind-social-post = Social-Media-Beitrag
kind-publication = Publikation
kind-video = Video
kind-website-update = Website-Aktualisierung
kind-campaign = Kampagne
kind-other = Sonstiges

status-idea = Idee
status-planned = Geplant
status-in-preparation = In Vorbereitung
status-confirmed = Bestätigt
status-done = Erledigt
status-cancelled = Abgesagt

role-lead-partner = Lead Partner
role-communication-lead = Kommunikationsleitung
role-partner = Partner
role-observer = Beobachter

deliverable-status-not-started = Nicht begonnen
deliverable-status-in-progress = In Bearbeitung
deliverable-status-in-review = In Prüfung
deliverable-status-submitted = Eingereicht
deliverable-status-approved = Genehmigt

channel-website = Website
channel-social-media = Soziale Medien
channel-newsletter = Newsletter
channel-press = Presse und Medien
channel-event = Veranstaltung
channel-publication = Publikation
channel-video = Video
channel-email = E-Mail
channel-other = Sonstiges

target-local-authority = Lokale öffentliche Behörde
target-regional-authority = Regionale öffentliche Behörde
target-national-authority = Nationale öffentliche Behörde
target-sectoral-agency = Sektorale Agentur
target-service-provider = Infrastruktur- und (öffentlicher) Dienstleistungsanbieter
target-interest-groups = Interessengruppen einschließlich NGOs
target-higher-education = Hochschule und Forschung
target-education-centre = Bildungs-/Ausbildungszentrum und Schule
target-enterprise = Unternehmen und KMU
target-business-support = Unternehmensförderorganisation
target-eeig = EWIV und EVTZ
target-international-organisation = Internationale Organisation
target-general-public = Allgemeine Öffentlichkeit

measure-entries = Anzahl der Einträge
measure-reach = Erreichte Personen
measure-participants = Teilnehmende

repeat-week = Woche(n)
repeat-month = Monat(e)

## What an edit or a finding is about

subject-project = Projekt
subject-partner = Partner
subject-work-package = Arbeitspaket
subject-activity = Aktivität
subject-deliverable = Deliverable
subject-entry = Protokolleintrag
subject-indicator = Indikator

## Refused edits

error-duplicate-id = { $subject } „{ $id }“ existiert bereits.
error-not-found = { $subject } „{ $id }“ existiert nicht.
error-unknown-partner = Es gibt keinen Partner „{ $id }“.
error-unknown-work-package = Es gibt kein Arbeitspaket „{ $id }“.
error-unknown-activity = Es gibt keine Aktivität { $id }.
error-in-use = { $subject } „{ $id }“ wird noch von { $uses } verwendet.

uses-project = dem Projekt selbst
uses-work-packages = { $count ->
    [one] einem Arbeitspaket
   *[other] { $count } Arbeitspaketen
}
uses-activities = { $count ->
    [one] einer Aktivität
   *[other] { $count } Aktivitäten
}
uses-deliverables = { $count ->
    [one] einem Deliverable
   *[other] { $count } Deliverables
}
uses-entries = { $count ->
    [one] einem Protokolleintrag
   *[other] { $count } Protokolleinträgen
}
uses-indicators = { $count ->
    [one] einem Indikator-Zielwert
   *[other] { $count } Indikator-Zielwerten
}

problem-empty-title = Der Titel fehlt.
problem-empty-name = Der Name fehlt.
problem-end-before-start = Das Ende liegt vor dem Beginn.
problem-project-end-before-start = Das Projekt endet, bevor es beginnt.
problem-bad-partner-id = „{ $id }“ ist keine gültige Partner-ID: Verwenden Sie bis zu 16 Buchstaben, Ziffern, „-“, „_“ oder „.“, ohne Leerzeichen.
problem-bad-country = „{ $code }“ ist kein zweistelliger Ländercode wie IT oder AT.
problem-bad-language = „{ $code }“ ist kein Sprachcode wie it, de oder sl.
problem-duplicate-code = Ein anderes Deliverable hat bereits den Code „{ $code }“.
problem-campaign-is-itself = Eine Aktivität kann nicht zu sich selbst gehören.
problem-campaign-not-a-campaign = Aktivität { $id } ist selbst Teil einer Kampagne und kann daher keine anderen Elemente enthalten.
problem-date-out-of-range = Das Datum { $date } liegt außerhalb der Jahre 1900 bis 2999.
problem-bad-recurrence = Die Wiederholung braucht einen Abstand von mindestens 1 und ein Ende nach dem Beginn.

## Checking a plan

check-error = Fehler
check-warning = Warnung
check-duplicate-id = Ein anderes Element weiter oben hat dieselbe ID.
check-outside-project = „{ $title }“ liegt außerhalb des Projektzeitraums.

## Loading and saving

load-not-found = Die Datei existiert nicht.
load-io = Die Datei kann nicht gelesen werden: { $reason }
load-too-large = Die Datei ist { $megabytes } MB groß, mehr als die { $limit } MB, die ein Plan haben darf.
load-not-text = Die Datei ist kein UTF-8-Text; sie ist kein Plan oder sie ist beschädigt.
load-syntax = { $reason }
load-too-new = Dieser Plan wurde mit einer neueren CommPlan-Version geschrieben (Format { $found }; dieses Programm liest bis Format { $supported }). Aktualisieren Sie CommPlan, um ihn zu öffnen; die Datei wurde nicht verändert.
load-too-old = Die Formatversion { $found } ist kein CommPlan-Format.
save-failed = Speichern nicht möglich: { $reason }
save-read-only = Der Ordner oder die Datei ist schreibgeschützt
save-disk-full = Der Datenträger ist voll

## Dates and numbers

format-date = { $day }. { $month } { $year }
format-date-weekday = { $weekday }, { $date }
format-month-year = { $month } { $year }
format-thousands-separator = .
format-first-weekday = mon
month-short-1 = Jan.
month-short-2 = Feb.
month-short-3 = März
month-short-4 = Apr.
month-short-5 = Mai
month-short-6 = Juni
month-short-7 = Juli
month-short-8 = Aug.
month-short-9 = Sept.
month-short-10 = Okt.
month-short-11 = Nov.
month-short-12 = Dez.
month-long-1 = Januar
month-long-2 = Februar
month-long-3 = März
month-long-4 = April
month-long-5 = Mai
month-long-6 = Juni
month-long-7 = Juli
month-long-8 = August
month-long-9 = September
month-long-10 = Oktober
month-long-11 = November
month-long-12 = Dezember
weekday-short-mon = Mo
weekday-short-tue = Di
weekday-short-wed = Mi
weekday-short-thu = Do
weekday-short-fri = Fr
weekday-short-sat = Sa
weekday-short-sun = So

## Screens

screen-overview = Übersicht
screen-calendar = Kalender
screen-deliverables = Deliverables
screen-dissemination = Verbreitung
screen-partners = Partner
screen-indicators = Indikatoren
screen-settings = Einstellungen

## Overview

none = —
overview-project = Projekt
overview-dates = { $start } – { $end }
overview-leads = Lead Partner: { $lead } · Kommunikationsleitung: { $communication }
overview-partners = Partner und Beobachter
overview-activities = geplante Aktivitäten
overview-deliverables = Deliverables
overview-entries = Einträge im Verbreitungsprotokoll
overview-ended = Das Projekt endete am { $date }
overview-not-started = Das Projekt beginnt am { $date }
overview-running = Das Projekt läuft
overview-deadlines = Fristen
overview-no-deadlines = Noch keine Deliverables.

# @overview (add new overview strings below)
overview-agenda = Nächste 14 Tage
overview-agenda-empty = In den nächsten 14 Tagen ist nichts geplant.
overview-overdue = Überfällige Deliverables
overview-overdue-none = Kein Deliverable ist überfällig.
overview-days-late = { $days ->
    [one] { $days } Tag überfällig
   *[other] { $days } Tage überfällig
}
overview-month = Dieser Monat nach Partner
overview-month-empty = Keine Aktivitäten in diesem Monat.
overview-month-count = { $count ->
    [one] { $count } Aktivität
   *[other] { $count } Aktivitäten
}
overview-indicators = Indikatoren
overview-indicators-empty = Noch keine Indikatoren.
overview-indicator-value = { $actual } von { $target }
overview-quiet = Seit 30 Tagen oder länger ohne Eintrag
overview-quiet-none = Alle Partner haben in den letzten 30 Tagen berichtet.
overview-quiet-never = nie
overview-quiet-last = Letzter Eintrag: { $date }

## Calendar

calendar-count = { $count ->
    [one] Eine Aktivität
   *[other] { $count } Aktivitäten
}

# @calendar (add new calendar strings below)
calendar-view-month = Monat
calendar-view-week = Woche
calendar-view-agenda = Agenda
calendar-view-timeline = Zeitleiste
calendar-conflicts = { $count ->
    [one] ein Konflikt
   *[other] { $count } Konflikte
}
calendar-outside = { $count ->
    [one] eine außerhalb der Projektlaufzeit
   *[other] { $count } außerhalb der Projektlaufzeit
}
calendar-duplicate = Duplizieren
calendar-delete = Löschen
calendar-new = Neue Aktivität
calendar-week-title = KW { $week } · { $from } – { $to }
calendar-jump-placeholder = Gehe zu Datum…
calendar-jump-invalid = Kein Datum: schreiben Sie 2017-06-29 oder 29.06.2017
calendar-today = Heute
calendar-rows-partners = Nach Partner
calendar-rows-work-packages = Nach Arbeitspaket
calendar-rows-none = Sonstige
calendar-rows-no-work-package = Kein Arbeitspaket
calendar-copy-title = { $title } (Kopie)
calendar-more = +{ $count } weitere
calendar-all-day = Ganztägig
calendar-week-number = KW { $week }
calendar-deadline = { $code } fällig: { $title }
calendar-deadline-on = { $code } { $title }, fällig am { $date }
calendar-legend-deadline = Fälligkeit eines Deliverables
calendar-filter-partners = Partner
calendar-filter-work-packages = Arbeitspaket
calendar-filter-kinds = Art
calendar-filter-statuses = Status
calendar-filter-target-groups = Zielgruppe
calendar-filter-text = Text
calendar-filter-count = { $facet } ({ $count })
calendar-filter-text-placeholder = In Titeln, Orten, Notizen suchen…
calendar-filter-hidden = { $count ->
    [one] Die Filter blenden einen Eintrag aus
   *[other] Die Filter blenden { $count } Einträge aus
}
calendar-filter-clear = Filter zurücksetzen
calendar-filter-clear-facet = Zurücksetzen
calendar-nothing = Nichts anzuzeigen: keine Aktivitäten, oder die Filter blenden alle aus.
calendar-timeline-title = { $from } – { $to }
calendar-overlaps = { $count ->
    [one] Überschneidet sich mit { $titles }
   *[other] Überschneidet sich mit { $count } Einträgen: { $titles }
}
calendar-outside-project = Außerhalb der Projektlaufzeit
calendar-edit = Bearbeiten
editor-new-title = Neue Aktivität
editor-edit-title = Aktivität bearbeiten
editor-section-what = Was
editor-section-who = Wer
editor-section-when = Wann
editor-section-where = Wo
editor-section-audience = Für wen
editor-title = Titel
editor-kind = Art
editor-status = Status
editor-notes = Notizen
editor-responsible = Verantwortlicher Partner
editor-work-package = Arbeitspaket
editor-campaign = Teil der Kampagne
editor-contributors = Beteiligte Partner
editor-none = Keine
editor-start = Beginn
editor-end = Ende
editor-start-time = Beginnt um
editor-end-time = Endet um
editor-zone = Zeitzone
editor-all-day = Ganztägig
editor-date-hint = Daten wie 2017-06-29, 29/06/2017 oder 29.06.2017; Uhrzeiten wie 10:30.
editor-repeat = Wiederholung
editor-repeat-never = Nie
editor-repeat-weekly = Wöchentlich
editor-repeat-monthly = Monatlich
editor-until = Bis (leer: Projektende)
editor-venue = Veranstaltungsort
editor-city = Stadt
editor-country = Ländercode
editor-online = Online-Link
editor-registration = Anmeldelink
editor-channel = Kanal
editor-languages = Sprachen (z. B. it, de)
editor-target-groups = Zielgruppen
editor-delete = Löschen
editor-delete-confirm = Wirklich löschen?
editor-cancel = Abbrechen
editor-save = Aktivität speichern
editor-problems = { $count ->
    [one] Ein Problem zu beheben
   *[other] { $count } Probleme zu beheben
}
editor-title-missing = Geben Sie der Aktivität einen Titel.
editor-responsible-missing = Wählen Sie den verantwortlichen Partner.
editor-date-invalid = „{ $value }“ ist kein Datum.
editor-date-outside = Das Projekt läuft vom { $start } bis zum { $end }.
editor-end-before-start = Das Ende liegt vor dem Beginn.
editor-time-invalid = „{ $value }“ ist keine Uhrzeit (schreiben Sie 10:30).
editor-zone-invalid = „{ $value }“ ist keine Zeitzone (z. B. Europe/Rome).
editor-every-invalid = Schreiben Sie eine ganze Zahl ab 1.
editor-until-before-start = Die Wiederholung endet, bevor die Aktivität beginnt.
editor-country-invalid = Zwei Buchstaben, z. B. IT.
editor-language-invalid = „{ $value }“ ist kein Sprachcode.

## Deliverables

deliverables-empty = Noch keine Deliverables.
deliverables-count = { $count ->
    [one] Ein Deliverable
   *[other] { $count } Deliverables
}
deliverables-code = Code
deliverables-title = Titel
deliverables-lead = Federführung
deliverables-due = Fällig
deliverables-status = Status

# @deliverables (add new deliverables strings below)
deliverables-count-shown = { $shown } von { $count } angezeigt
deliverables-add = Neues Deliverable
deliverables-new = Neues Deliverable
deliverables-edit = { $code } bearbeiten
deliverables-title-placeholder = Was geliefert wird
deliverables-work-package = Arbeitspaket
deliverables-work-package-short = AP
deliverables-days-left = Verbleibend
deliverables-pick-work-package = Arbeitspaket wählen
deliverables-pick-lead = Federführenden Partner wählen
deliverables-link = Link
deliverables-save = Speichern
deliverables-cancel = Abbrechen
deliverables-delete = Löschen
deliverables-delivered-on = eingereicht { $date }
deliverables-error-due = „{ $text }“ ist kein Datum: Schreiben Sie es als JJJJ-MM-TT, TT/MM/JJJJ oder TT.MM.JJJJ, z. B. 2018-06-30.
deliverables-error-outside = Die Frist muss innerhalb der Projektlaufzeit liegen, vom { $start } bis zum { $end }.
deliverables-error-no-work-package = Wählen Sie das Arbeitspaket, zu dem es gehört.
deliverables-error-no-lead = Wählen Sie den federführenden Partner.
deliverables-query-placeholder = Nach Code oder Titel filtern
deliverables-all-work-packages = Alle Arbeitspakete
deliverables-all-partners = Alle Partner
deliverables-clear-filters = Filter zurücksetzen
deliverables-none-match = Kein Deliverable entspricht diesen Filtern.
deliverables-show-all = Alle Status
deliverables-show-open = Noch offen
deliverables-show-pressing = Überfällig oder in 14 Tagen fällig
deliverables-show-overdue = Überfällig
deliverables-selected = { $count ->
    [one] Ein Deliverable ausgewählt
   *[other] { $count } Deliverables ausgewählt
}
deliverables-set-status = Status setzen auf
deliverables-pick-status = Status wählen
deliverables-clear-selection = Auswahl aufheben
deliverables-owes-nothing = { $partner } schuldet derzeit nichts.
deliverables-owes = { $partner } schuldet { $count ->
    [one] ein Deliverable
   *[other] { $count } Deliverables
}: { $overdue } überfällig, { $soon } innerhalb von 14 Tagen fällig.
deliverables-owes-next = Als Nächstes: { $code } am { $date }
deliverables-days-late = { $days ->
    [one] 1 Tag überfällig
   *[other] { $days } Tage überfällig
}
deliverables-due-today = heute fällig
deliverables-days-to-go = { $days ->
    [one] in 1 Tag
   *[other] in { $days } Tagen
}
deliverables-advance = Weiter zu „{ $status }“
deliverables-contributors = Mitwirkende

## Dissemination log

log-empty = Noch nichts protokolliert.
log-date = Datum
log-partner = Partner
log-title = Titel
log-channel = Kanal
log-reach = Reichweite

# @dissemination (add new dissemination strings below)
log-subtitle = { $count ->
    [one] Ein Eintrag im Protokoll
   *[other] { $count } Einträge im Protokoll
}
log-target-group = Zielgruppe
log-participants = Teilnehmende
log-activity = Bezieht sich auf
log-none-shown = Kein Eintrag entspricht den Filtern.
log-totals-all = { $count ->
    [one] Ein Eintrag
   *[other] { $count } Einträge
}
log-totals-shown = { $count ->
    [one] Ein Eintrag von { $all }
   *[other] { $count } Einträge von { $all }
}
log-import = Importieren…
log-filter-all-partners = Alle Partner
log-filter-all-channels = Alle Kanäle
log-filter-all-groups = Alle Zielgruppen
log-filter-from = Von
log-filter-to = Bis
log-filter-text = In Titeln, Notizen, Links suchen…
log-filter-clear = Filter zurücksetzen
log-form-new = Neuer Eintrag
log-form-editing = Eintrag bearbeiten
log-form-date = Datum
log-form-language = Sprache
log-form-activity = Aktivität (A12)
log-form-link = Link
log-form-notes = Notizen
log-form-any-group = Keine Zielgruppe
log-form-add = Eintrag hinzufügen
log-form-save = Änderungen speichern
log-form-cancel = Abbrechen
log-form-bad-date = „{ $value }“ ist kein Datum: schreiben Sie 2018-03-15, 15/03/2018 oder 15.03.2018.
log-form-no-partner = Wählen Sie den meldenden Partner.
log-form-no-channel = Wählen Sie den Kanal.
log-form-no-title = Geben Sie dem Eintrag einen Titel.
log-form-bad-number = { $field }: „{ $value }“ ist keine ganze Zahl.
log-form-bad-language = „{ $value }“ ist kein Sprachcode wie it, de oder sl.
log-form-unknown-activity = Der Plan hat keine Aktivität { $value }.
log-form-reports-on = Bezieht sich auf: { $title }

## Indicators

indicators-empty = Noch keine Indikatoren.
indicators-progress = { $actual } von { $target } ({ $unit })
indicators-percent = { $percent } %

# @indicators (add new indicators strings below)
indicators-new = Neuer Indikator
indicators-period-all = Gesamtes Projekt
indicators-period-short = P{ $number }
indicators-period-range = { $first } – { $last }
indicators-period-note = Erreicht im Zeitraum { $period }; { $total } im gesamten Projekt.
indicators-overall = Zielwert und Istwert
indicators-over-time = Im Zeitverlauf
indicators-by-partner = Nach Partner
indicators-partner = Partner
indicators-actual = Ist
indicators-target = Ziel
indicators-no-target = kein Ziel
indicators-no-partner-figures = Kein Partner hat etwas gemeldet, das dieser Indikator zählt, und keiner hat ein Ziel.
indicators-chart-target = Ziel { $target }
indicators-chart-today = Heute
indicators-chart-point = { $date }: { $value }
indicators-counts-everything = Zählt jeden Protokolleintrag
indicators-counts-only = Zählt nur: { $what }
indicators-edit = Bearbeiten
indicators-delete = Löschen
indicators-delete-question = Indikator { $code } löschen? Strg+Z holt ihn zurück.
indicators-delete-confirm = Indikator löschen
indicators-editor-edit = Indikator bearbeiten
indicators-editor-new = Neuer Indikator
indicators-field-code = Code
indicators-field-name = Name
indicators-field-unit = Einheit
indicators-field-measure = Summiert
indicators-field-target = Gesamtziel
indicators-field-channels = Kanäle
indicators-field-kinds = Aktivitätsarten
indicators-field-groups = Zielgruppen
indicators-code-placeholder = C.1
indicators-name-placeholder = Was er misst
indicators-unit-placeholder = Teilnehmende, Exemplare, Beiträge
indicators-section-counts = Was er zählt
indicators-counts-hint = Es zählen nur Protokolleinträge, die zu jeder gewählten Gruppe passen; eine Gruppe ohne Auswahl lässt jeden Eintrag zu.
indicators-section-partner-targets = Ziele der Partner
indicators-partner-targets-hint = Für einen Partner ohne eigenes Ziel das Feld leer lassen.
indicators-save = Speichern
indicators-cancel = Abbrechen
indicators-error-code-required = Ein Code ist erforderlich.
indicators-error-code-taken = Ein anderer Indikator hat bereits den Code { $code }.
indicators-error-name-required = Ein Name ist erforderlich.
indicators-error-whole-number = Eine ganze Zahl eingeben, etwa 250.

## Partners

partners-empty = Noch keine Partner: Fügen Sie oben den ersten hinzu.
partners-count = { $count ->
    [one] Ein Partner
   *[other] { $count } Partner und Beobachter
}
partners-new = Partner hinzufügen
partners-id = ID
partners-name = Name
partners-country = Land
partners-role = Rolle
partners-contact = Kontakt
partners-id-placeholder = ID (VEN)
partners-name-placeholder = Vollständiger Name
partners-country-placeholder = IT
partners-email-placeholder = Kontakt-E-Mail
partners-add = Hinzufügen

# @partners (add new partners strings below)
partners-tab-partners = Partner
partners-tab-work-packages = Arbeitspakete
partners-wp-count = { $count ->
    [one] Ein Arbeitspaket
   *[other] { $count } Arbeitspakete
}
partners-edit = { $name } bearbeiten
partners-save = Speichern
partners-cancel = Abbrechen
partners-short-name-placeholder = Kurzname
partners-contact-placeholder = Kontaktperson
partners-languages-placeholder = de, en
partners-languages = Sprachen
partners-owes = Schuldet
partners-overdue = { $count ->
    [one] 1 überfällig
   *[other] { $count } überfällig
}
partners-open = { $count ->
    [one] 1 offen
   *[other] { $count } offen
}
partners-owes-heading = Was dieser Partner schuldet
partners-owes-nothing = Nichts offen: Jedes Deliverable unter seiner Federführung ist eingereicht.
partners-owes-more = …und { $count } weitere
partners-show-deliverables = In Deliverables zeigen
partners-cannot-remove = { $id } kann noch nicht entfernt werden
partners-reassign-to = Alles übergeben an
partners-pick-heir = Partner wählen
partners-reassign = Übergeben und { $id } entfernen
partners-keep = Behalten
partners-wp-empty = Noch keine Arbeitspakete: Fügen Sie oben das erste hinzu.
partners-wp-pick = Wählen Sie ein Arbeitspaket, um seine Deliverables und Aktivitäten zu sehen.
partners-wp-id-placeholder = Id (WP C)
partners-wp-title-placeholder = Titel
partners-wp-lead = Federführender Partner
partners-wp-add = Hinzufügen
partners-wp-new = Arbeitspaket hinzufügen
partners-wp-edit = { $id } bearbeiten
partners-wp-counts = { $deliverables ->
    [one] 1 Deliverable
   *[other] { $deliverables } Deliverables
} · { $activities ->
    [one] 1 Aktivität
   *[other] { $activities } Aktivitäten
}
partners-wp-deliverables = Deliverables von { $id }
partners-wp-activities = Aktivitäten von { $id }
partners-wp-no-deliverables = Keine Deliverables in diesem Arbeitspaket.
partners-wp-no-activities = Keine Aktivitäten in diesem Arbeitspaket.
partners-short-name = Kurzname
partners-email = E-Mail
partners-color = Farbe

## Settings

settings-appearance = Darstellung und Sprache
settings-theme-system = Wie im System
settings-theme-light = Hell
settings-theme-dark = Dunkel
settings-language = Sprache
settings-places = Wo Ihre Daten gespeichert werden
settings-data-folder = Datenordner
settings-backups-folder = Sicherungen
settings-settings-file = Einstellungsdatei
settings-log-file = Protokolldatei
settings-plan-file = Dieser Plan

## Window, toolbar and status

app-name = CommPlan
window-title = { $plan } — CommPlan
window-title-read-only = {" "}(schreibgeschützt)
toolbar-new = Neu
toolbar-new-hint = Einen leeren Plan anlegen (Strg+N)
toolbar-open = Öffnen
toolbar-open-hint = Eine Plandatei öffnen (Strg+O)
toolbar-recent = Zuletzt geöffnet
toolbar-save-as = Speichern unter…
toolbar-save-as-hint = Eine Kopie unter anderem Namen speichern und darin weiterarbeiten (Strg+Umschalt+S)
toolbar-undo-what = Rückgängig: { $what } (Strg+Z)
toolbar-undo-nothing = Nichts rückgängig zu machen
toolbar-redo-what = Wiederholen: { $what } (Strg+Umschalt+Z)
toolbar-redo-nothing = Nichts zu wiederholen
status-opening = Wird geöffnet…
status-saving = Wird gespeichert…
status-save-failed = Nicht gespeichert
status-read-only = Schreibgeschützt
status-unsaved = Ungespeicherte Änderungen
status-saved = Alle Änderungen gespeichert
read-only-elsewhere = Dieser Plan ist in einem anderen CommPlan-Fenster geöffnet und daher hier schreibgeschützt. Mit „Speichern unter“ können Sie in einer Kopie weiterarbeiten.
read-only-cannot-lock = Dieser Plan ist hier schreibgeschützt: { $reason }. Mit „Speichern unter“ können Sie in einer Kopie weiterarbeiten.
read-only-no-file = Kein Plan geöffnet. Legen Sie einen neuen Plan an oder öffnen Sie einen vorhandenen.

## Notices

notice-saved-as = Gespeichert als { $path }; Sie arbeiten jetzt in dieser Datei.
notice-save-failed = { $reason } Ihre Änderungen bleiben in diesem Fenster erhalten; mit „Speichern unter“ können Sie sie an einem anderen Ort speichern.
notice-restored = Die Sicherung ist geöffnet. Die beschädigte Datei wurde als { $aside } aufbewahrt.
notice-restore-failed = Die Sicherung wurde nicht geöffnet, weil die beschädigte Datei nicht beiseitegelegt werden konnte: { $reason }

## Dialogs

dialog-new-title = Neuen Plan anlegen
dialog-open-title = Plan öffnen
dialog-save-as-title = Plan speichern unter
file-filter-plans = CommPlan-Pläne
dialog-dismiss = Schließen
dialog-cancel = Abbrechen
dialog-open-another = Anderen Plan öffnen…
dialog-unreadable-title = Dieser Plan kann nicht geöffnet werden
dialog-unreadable-untouched = Die Datei wurde nicht verändert.
dialog-backup-offer = Die neueste fehlerfreie Sicherung stammt vom { $when } ({ $activities } Aktivitäten). Wenn Sie sie öffnen, bleibt die beschädigte Datei unter anderem Namen daneben erhalten.
dialog-no-backup = Von diesem Plan gibt es keine Sicherung, auf die Sie zurückgreifen können.
dialog-restore = Sicherung öffnen
dialog-close-failed-title = Ihre Änderungen konnten nicht gespeichert werden
dialog-close-failed-hint = Speichern Sie sie an einem anderen Ort, oder beenden Sie das Programm und verwerfen Sie damit die Änderungen seit dem letzten Speichern.
dialog-quit-anyway = Ohne Speichern beenden
dialog-path-hint = { $what ->
        [folder] Geben Sie den vollständigen Pfad des Ordners ein
        [export] Geben Sie den vollständigen Pfad der zu schreibenden Datei ein
        [csv] Geben Sie den vollständigen Pfad der Tabelle ein (XLSX, XLS, ODS oder CSV)
       *[plan] Geben Sie den vollständigen Pfad der Plandatei ein
    } (hier ist kein Dateidialog des Systems verfügbar).
dialog-path-save = Speichern
dialog-path-need-file = Geben Sie den Pfad einer Datei ein, nicht den eines Ordners.
dialog-path-need-folder = Geben Sie den Pfad eines vorhandenen Ordners ein.
dialog-path-missing = Unter diesem Pfad gibt es keine Datei.
dialog-path-no-folder = Der Ordner dieses Pfads existiert nicht.

## Command line

cli-no-data-folder = Für den Standardplan wurde kein Home-Ordner gefunden; geben Sie mit --plan FILE einen Plan an.
cli-exists = { $path } existiert bereits; verwenden Sie --force, um die Datei zu ersetzen.
cli-written = { $path } geschrieben
cli-check-ok = { $path }: Der Plan ist gültig ({ $activities } Aktivitäten, { $deliverables } Deliverables, { $entries } Protokolleinträge).
cli-summary-dates = Laufzeit: { $start } bis { $end }
cli-summary-partners = { $count ->
    [one] Ein Partner
   *[other] { $count } Partner
}
cli-summary-activities = { $count ->
    [one] Eine Aktivität
   *[other] { $count } Aktivitäten
}
cli-summary-deliverables = { $count ->
    [one] Ein Deliverable
   *[other] { $count } Deliverables
}
cli-summary-entries = { $count ->
    [one] Ein Eintrag im Verbreitungsprotokoll
   *[other] { $count } Einträge im Verbreitungsprotokoll
}
cli-summary-next = Nächste Fristen:
cli-summary-none = keine: Alle ab heute fälligen Deliverables sind geliefert, oder es ist keines fällig.
cli-gui-failed = Das Fenster konnte nicht geöffnet werden: { $reason }

# @cli (add new cli strings below)
cli-import-no-partner = Der Plan enthält keinen Partner „{ $id }“.
cli-import-ignored-column = Die Spalte „{ $column }“ wird von CommPlan nicht gelesen; sie wurde ignoriert.
cli-import-dry-run = Probelauf, nichts wurde geändert: { $added } würden hinzugefügt, { $skipped } übersprungen (bereits im Protokoll oder in der Datei wiederholt), { $rejected } abgelehnt.
cli-import-done = { $path }: { $added ->
    [one] ein Eintrag hinzugefügt
   *[other] { $added } Einträge hinzugefügt
}, { $skipped } übersprungen (bereits im Protokoll oder in der Datei wiederholt), { $rejected } abgelehnt.
cli-import-some-rejected = { $count ->
    [one] Eine Zeile wurde
   *[other] { $count } Zeilen wurden
} abgelehnt. Korrigieren Sie { $count ->
    [one] die Zeile
   *[other] die Zeilen
} in der Datei und importieren Sie die Datei erneut (bereits importierte Zeilen werden übersprungen).
cli-import-plan-open = { $path } ist in CommPlan geöffnet; importieren Sie dort (Verbreitung → Importieren) oder schließen Sie den Plan zuerst.
cli-no-such-plan = { $path }: Diese Plandatei (oder dieser Befehl) existiert nicht. Siehe `commplan --help`.
cli-no-display = Keine grafische Sitzung gefunden (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt), daher kann das Fenster nicht geöffnet werden. Die Befehle new, check und summary funktionieren auch ohne; siehe `commplan --help`.
cli-export-bad-date = „{ $text }“ ist kein Datum; schreiben Sie es als JJJJ-MM-TT, TT/MM/JJJJ oder TT.MM.JJJJ, z. B. 2017-06-29.
cli-export-bad-time = „{ $text }“ ist keine Zeitangabe wie 2017-06-29T10:00:00Z.
cli-export-bad-table = „{ $text }“ ist keine Tabelle; verwenden Sie activities, deliverables, dissemination oder partners.
cli-export-bad-separator = „{ $text }“ kann keine Felder trennen; verwenden Sie „,“, „;“, „|“ oder „tab“.
cli-export-stdout-failed = In die Standardausgabe konnte nicht geschrieben werden: { $reason }

## Exports

# @exports (add new exports strings below)
export-keys-hint = Tab: nächste Option · Pfeiltasten: ändern · Leertaste: umschalten · Eingabe: exportieren

export-error-unknown-partner = In diesem Plan gibt es keinen Partner „{ $id }“.
export-error-empty-range = Der Zeitraum endet ({ $to }), bevor er beginnt ({ $from }).
export-calendar-name = { $project }
export-calendar-name-partner = { $project } — { $partner }
export-responsible = Verantwortlich: { $partner }
export-contributors = Mit: { $partners }
export-work-package = Arbeitspaket: { $work_package }
export-channel = Kanal: { $channel }
export-registration = Anmeldung: { $link }
export-online = Online: { $link }
export-lead = Federführung: { $partner }
export-deliverable-status = Status: { $status }
export-deadline-summary = Frist { $code }: { $title }
export-deadline-description = Deliverable { $code } aus { $work_package } ist fällig.
export-category-deadline = Frist
export-html-title-plan = { $project }: Kommunikationszeitplan
export-html-title-partner = { $project }: Zeitplan für { $partner }
export-html-runs = Das Projekt läuft vom { $start } bis zum { $end }
export-html-covers = dieser Zeitplan umfasst den Zeitraum vom { $start } bis zum { $end }
export-html-generated = erstellt am { $date }
export-html-footer = Erstellt mit CommPlan für { $project }. Bitte teilen Sie jede Änderung der Kommunikationsleitung mit.
export-html-contacts = Kontakte
export-html-partner = Partner
export-html-role = Rolle
export-html-contact = Kontakt
export-html-deliverables = Deliverables
export-html-deliverables-owed = Ihre fälligen Deliverables
export-html-no-deliverables = In diesem Zeitraum sind keine Deliverables fällig.
export-html-code = Code
export-html-title = Titel
export-html-due = Fällig
export-html-lead = Federführung
export-html-status = Status
export-html-schedule = Zeitplan
export-html-nothing-planned = In diesem Zeitraum ist nichts geplant.
export-html-date = Datum
export-html-time-heading = Uhrzeit
export-html-what = Was
export-html-who = Wer
export-html-where = Wo
export-html-range = { $start } bis { $end }
export-html-all-day = Ganztägig
export-html-time = { $start }–{ $end } Uhr ({ $zone })
export-html-with = mit { $partners }
export-html-registration = Anmeldung:
export-html-deadline = Frist
toolbar-export = Exportieren…
toolbar-export-hint = Einen Kalender, eine Tabelle oder einen druckbaren Zeitplan für die Partner exportieren
export-dialog-title = Export für Partner
export-field-format = Format
export-field-partner = Partner
export-field-dates = Zeitraum
export-field-language = Sprache
export-field-table = Tabelle
export-field-separator = Trennzeichen
export-format-ics = Kalender (.ics)
export-format-csv = Tabelle (.csv)
export-format-html = Druckbare Seite (.html)
export-format-ics-hint = Für Thunderbird, GNOME Kalender, Evolution, Outlook und Google Kalender. Beim Importieren eines neueren Exports werden die Termine aktualisiert.
export-format-csv-hint = Für Tabellenkalkulationen: eine Kopfzeile, Überschriften und Werte in der gewählten Sprache, Datumsangaben als JJJJ-MM-TT.
export-format-html-hint = Eine Datei zum Öffnen im Browser und Drucken auf A4, eine Seite pro Monat.
export-html-print-hint = Die Seite enthält den Zeitplan Monat für Monat, die fälligen Deliverables und die Kontakte.
export-all-partners = Gesamter Plan (alle Partner)
export-date-placeholder = JJJJ-MM-TT
export-dates-hint = Leer: das gesamte Projekt
export-option-deadlines = Deliverable-Fristen als ganztägige Termine hinzufügen
export-option-reminder = { $days } Tage vor jeder offenen Frist erinnern
export-option-utc = Zeiten in UTC schreiben (für Kalender, die Zeitzonen falsch behandeln)
export-option-bom = Byte Order Mark (BOM), damit Excel Umlaute und Akzente richtig liest
export-separator-comma = Komma ,
export-separator-semicolon = Semikolon ; (Excel auf Italienisch, Deutsch, Französisch)
export-table-activities = Aktivitäten
export-table-deliverables = Deliverables
export-table-dissemination = Verbreitungsprotokoll
export-table-partners = Partner
export-every-partner = { $count ->
    [one] Für den Partner exportieren…
   *[other] Für jeden Partner exportieren ({ $count })…
}
export-save = Exportieren…
export-busy = Wird exportiert…
export-dialog-save-title = Exportieren nach
export-dialog-folder-title = Ordner für je eine Datei pro Partner wählen
export-dialog-write = Exportieren
export-filter-ics = Kalenderdateien
export-filter-csv = CSV-Tabellen
export-filter-html = Webseiten
export-dialog-bad-date = „{ $text }“ ist kein Datum; schreiben Sie es als JJJJ-MM-TT, TT/MM/JJJJ oder TT.MM.JJJJ, z. B. 2017-06-29.
export-notice-file = Exportiert nach { $path }
export-notice-folder = { $count ->
    [one] Eine Datei in { $folder } geschrieben
   *[other] { $count } Dateien in { $folder } geschrieben
}

## Import

# @import (add new import strings below)
import-choose-title = Protokoll eines Partners (XLSX, XLS, ODS oder CSV) zum Importieren wählen
import-read = Lesen
import-title = Verbreitungsprotokoll importieren
import-reading = { $file } wird gelesen…
import-unreadable = Die Datei kann nicht gelesen werden: { $reason }
import-read-as = Gelesen als { $encoding }, getrennt durch { $separator }.
import-separator-tab = Tabulatoren
import-partner = Partner jeder Zeile:
import-partner-from-file = Aus der Partnerspalte der Datei
import-to-add = { $count ->
    [one] Eine Zeile hinzuzufügen
   *[other] { $count } Zeilen hinzuzufügen
}
import-to-skip = { $count ->
    [one] Eine schon im Protokoll
   *[other] { $count } schon im Protokoll
}
import-to-reject = { $count ->
    [one] Eine abgelehnt
   *[other] { $count } abgelehnt
}
import-ignored = Nicht gelesene Spalten: { $columns }
import-rejected-heading = Abgelehnte Zeilen
import-added-heading = Hinzuzufügende Zeilen
import-line = Zeile { $line }
import-more-rows = …und { $count } weitere.
import-confirm = { $count ->
    [0] Nichts zu importieren
    [one] Eine Zeile importieren
   *[other] { $count } Zeilen importieren
}
import-done = { $file }: { $added ->
    [one] eine Zeile hinzugefügt
   *[other] { $added } Zeilen hinzugefügt
}, { $skipped } übersprungen (schon im Protokoll), { $rejected } abgelehnt. Rückgängig nimmt den Import zurück.
file-filter-csv = Als CSV gespeicherte Tabellen
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
import-too-few-columns = Die Zeile hat { $found } Werte, die Kopfzeile nennt aber { $expected } Spalten.
import-too-many-columns = Die Zeile hat { $found } Werte, die Kopfzeile nennt aber nur { $expected } Spalten: Steht ein Trennzeichen in einem Text, der nicht in Anführungszeichen steht?
import-missing = Der Wert in der Spalte „{ $column }“ fehlt.
import-bad-date = „{ $text }“ ist kein Datum; schreiben Sie es als JJJJ-MM-TT, TT/MM/JJJJ oder TT.MM.JJJJ.
import-bad-number = Der Wert „{ $text }“ in der Spalte „{ $column }“ ist keine ganze Zahl.
import-negative = Der Wert „{ $text }“ in der Spalte „{ $column }“ ist kleiner als null.
import-unknown-channel = „{ $text }“ ist kein Kanal, den CommPlan kennt (website, social media, newsletter, press, event, publication, video, email, other).
import-unknown-target-group = „{ $text }“ ist keine Zielgruppe, die CommPlan kennt.
import-unknown-partner = Im Plan gibt es keinen Partner „{ $text }“.
import-bad-activity = „{ $text }“ ist keine Aktivitäts-ID wie 12 oder A12.
import-unknown-activity = Im Plan gibt es keine Aktivität { $id }.
import-bad-language = „{ $text }“ ist kein Sprachcode wie it, de oder sl.
import-file-empty = Die Datei enthält keine Zeilen.
import-no-header = Zeile { $line } sollte die Spalten benennen (date, partner, channel, title, …), beginnt aber mit „{ $first }“.
import-missing-columns = { $count ->
    [one] Der Datei fehlt die Spalte { $columns }.
   *[other] Der Datei fehlen die Spalten { $columns }.
}
import-unknown-override = Im Plan gibt es keinen Partner „{ $id }“.
import-malformed = Zeile { $line } kann nicht als CSV gelesen werden: { $reason }
template-hint-date = Datum: JJJJ-MM-TT, TT/MM/JJJJ oder TT.MM.JJJJ (Pflichtfeld; diese Hinweiszeile wird beim Import ignoriert)
template-hint-partner = Ihre Partner-ID, z. B. VEN (Pflichtfeld)
template-hint-channel = Kanal (Pflichtfeld): { $words }
template-hint-title = Was durchgeführt oder veröffentlicht wurde (Pflichtfeld)
template-hint-target-group = Zielgruppe, z. B. allgemeine Öffentlichkeit, Unternehmen, Hochschule
template-hint-reach = Erreichte Personen oder verteilte Exemplare (ganze Zahl)
template-hint-participants = Teilnehmende bei Veranstaltungen (ganze Zahl)
template-hint-language = Sprachcode: it, de, fr, sl, en
template-hint-link = Link zum Nachweis (Beitrag, Artikel, Fotos)
template-hint-notes = Anmerkungen
template-hint-activity = Aktivitäts-ID aus dem Plan, falls bekannt (z. B. 12)

## Search

# @search (add new search strings below)
search-placeholder = Deliverables, Aktivitäten, Partner und Protokolleinträge suchen
search-hint = Geben Sie einen Code, einen Titel, einen Partner oder einen Ort ein.
search-nothing = Nichts passt zu „{ $query }“.
search-more = { $count ->
    [one] und ein weiterer
   *[other] und { $count } weitere
}
search-keys = ↑ ↓ zum Wählen · Eingabe zum Öffnen · Esc zum Schließen
search-deliverables = Deliverables
search-activities = Aktivitäten
search-partners = Partner
search-entries = Protokolleinträge
search-open = Suchen
search-shortcut = Strg+K

## issue 17: project set-up and reporting periods
period-short = P{ $number }
period-range = P{ $number }: { $first } – { $last }
period-error-length = Ein Berichtszeitraum von { $months } Monaten ist nicht möglich: 1 bis { $max } Monate angeben.
period-error-empty = Die Liste der Berichtszeiträume ist leer.
period-error-first = Der erste Berichtszeitraum muss mit dem Projektbeginn anfangen, nicht am { $date }.
period-error-gap = Der Berichtszeitraum ab { $date } schließt nicht an den vorigen an (Lücke oder Überschneidung).
period-error-month = Der Berichtszeitraum ab { $date } beginnt nicht mit einem Projektmonat (Zeiträume bestehen aus ganzen Monaten ab Projektbeginn).
period-error-order = Ein Berichtszeitraum endet am { $date }, bevor er beginnt.
period-error-after = Ein Berichtszeitraum endet am { $date }, nach dem Projektende.
cli-new-needs-name = Den Projektnamen mit --name angeben (und die Daten mit --start und --end), oder das Beispiel mit --sample schreiben.
cli-new-sample-or-project = --sample schreibt das Beispiel S3-4Alp Clusters unverändert; --name, --start und die anderen Projektoptionen weglassen, oder --sample weglassen.
cli-project-bad-zone = „{ $text }“ ist keine Zeitzone; einen IANA-Namen wie Europe/Berlin oder eine Stadt wie Lisbon angeben.
cli-project-name = Name: { $name }
cli-project-acronym = Akronym: { $acronym }
cli-project-programme = Programm: { $programme }
cli-project-lead = Lead-Partner: { $partner }
cli-project-communication-lead = Kommunikationsleitung: { $partner }
cli-project-language = Arbeitssprache: { $language }
cli-project-zone = Zeitzone: { $zone }
cli-project-zone-local = die dieses Computers
cli-project-periods = Berichtszeiträume:
cli-project-outside = { $count ->
    [one] Warnung: ein Eintrag liegt außerhalb der Projektdaten (unverändert belassen):
   *[other] Warnung: { $count } Einträge liegen außerhalb der Projektdaten (unverändert belassen):
}
cli-project-plan-open = { $path } ist in CommPlan geöffnet; das Projekt dort ändern (Übersicht → Projekt) oder die Datei zuerst schließen.
project-new-title = Ihr Projekt
project-edit-title = Projekt
project-name = Name
project-acronym = Akronym
project-programme = Programm
project-start = Beginn
project-end = Ende
project-date-hint = Daten als 2025-10-01, 01/10/2025 oder 01.10.2025.
project-period-months = Berichtszeitraum (Monate)
project-first-months = Erster Zeitraum (Monate)
project-first-same = gleiche Länge
project-periods-more = { " " }und { $count } weitere
project-zone = Zeitzone
project-zone-none = Keine Zeitzone passt zu „{ $text }“.
project-zone-local = Die Zeitzone dieses Computers wird verwendet.
project-language = Arbeitssprache
project-lead = Lead-Partner
project-communication-lead = Kommunikationsleitung
project-new-leads-later = Danach die Partner hinzufügen; Lead-Partner und Kommunikationsleitung werden unter ihnen gewählt (Übersicht → Projekt bearbeiten).
project-create = Anlegen…
project-save = Speichern
project-saved = Das Projekt wurde gespeichert. Bearbeiten → Rückgängig stellt es wieder her.
project-missing-name = Der Projektname fehlt.
project-bad-date = „{ $text }“ ist kein Datum; als 2025-10-01, 01/10/2025 oder 01.10.2025 schreiben.
project-bad-months = „{ $text }“ ist keine Anzahl von Monaten.
project-bad-zone = Eine Zeitzone aus der Liste wählen oder das Feld leer lassen („{ $text }“ ist keine).
project-outside = { $count ->
    [one] Ein Eintrag liegt außerhalb dieser Daten. Er bleibt unverändert:
   *[other] { $count } Einträge liegen außerhalb dieser Daten. Sie bleiben unverändert:
}
project-outside-more = …und { $count } weitere.
overview-sample-ended = Beispiel: { $acronym }, beendet am { $date }
overview-running-period = Das Projekt läuft: { $period }
overview-edit-project = Projekt bearbeiten…
overview-start-own = Eigenes Projekt beginnen
overview-agenda-ended = Das Projekt ist beendet: Es ist nichts mehr geplant.
overview-undelivered = Bis zum Ende nicht geliefert
overview-not-delivered = nicht geliefert
settings-project = Projekt
settings-project-hint = Name, Daten, Leitung, Zeitzone und Berichtszeiträume des geöffneten Plans.
log-form-outside-warning = Außerhalb des Projekts ({ $start } – { $end }): wird übernommen und im ersten oder letzten Zeitraum gezählt.
log-filter-all-periods = Jeder Zeitraum
deliverables-submitted-date = Eingereicht am
deliverables-approved-date = Genehmigt am
deliverables-error-approved-before = Das Genehmigungsdatum liegt vor dem Einreichungsdatum.
partners-offer-communication = { $name } hat die Rolle der Kommunikationsleitung. Zur Kommunikationsleitung des Projekts machen?
partners-offer-communication-accept = Zur Kommunikationsleitung machen
partners-offer-lead = { $name } hat die Rolle des Lead-Partners. Zum Lead-Partner des Projekts machen?
partners-offer-lead-accept = Zum Lead-Partner machen
partners-offer-decline = Nicht jetzt

## issue 20: the progress-report pack
report-error-period = Das Projekt hat keinen Berichtszeitraum { $number }: Es hat { $count }.
report-error-partner = Der Plan hat keinen Partner „{ $id }“.
report-title = { $project }: Fortschrittsbericht, { $period }
report-part-activities = Aktivitäten nach Arbeitspaket
report-part-not-done = Geplant und nicht durchgeführt (abgesagt oder verschoben)
report-part-deliverables = Im Zeitraum fällige oder eingereichte Deliverables
report-part-indicators = Indikatoren
report-part-partners = Beitrag der Partner
report-part-groups = Erreichte Zielgruppen
report-part-warnings = Vor dem Bericht zu prüfen
report-col-code = Code
report-col-title = Titel
report-col-kind = Art
report-col-date = Datum
report-col-first = Von
report-col-last = Bis
report-col-times = Mal
report-col-work-package = Arbeitspaket
report-col-responsible = Verantwortlich
report-col-contributors = Beteiligte
report-col-status = Status
report-col-notes = Notizen
report-col-due = Fällig
report-col-submitted = Eingereicht
report-col-overdue = Am Ende des Zeitraums überfällig
report-col-link = Link
report-col-unit = Einheit
report-col-this-period = Dieser Zeitraum
report-col-before = Zuvor berichtet
report-col-cumulative = Kumuliert
report-col-target = Zielwert
report-col-share = Erreicht
report-col-partner = Partner
report-col-activities = Aktivitäten
report-col-entries = Logeinträge
report-col-reach = Reichweite
report-col-participants = Teilnehmende
report-col-group = Zielgruppe
report-col-warning = Hinweis
report-yes = ja
report-none = Nichts in diesem Zeitraum.
report-no-work-package = Kein Arbeitspaket
report-overdue = am Ende des Zeitraums überfällig
report-evidence = Nachweise für { $indicator }
report-silent = Kein Logeintrag in diesem Zeitraum: { $partners }.
report-no-warnings = Nichts zu prüfen.
report-warning-no-evidence = Kein Nachweis-Link: { $entry }
report-warning-no-participants = Eine Veranstaltung ohne Teilnehmende: { $entry }
report-warning-outside = Außerhalb des Projekts datiert: { $entry }
report-warning-unlinked = { $indicator } zählt Veranstaltungen über ihre Aktivität: { $count } Einträge seiner Kanäle nennen keine Aktivität und bleiben unberücksichtigt.
report-dialog-title = Fortschrittsbericht
report-period = Berichtszeitraum
report-partner = Partner
report-whole-project = Ganzes Projekt
report-language = Sprache
report-form = Format
report-form-html = Druckbare Seite (HTML)
report-form-csv = Tabelle (CSV)
report-write = Schreiben…
report-save-title = Fortschrittsbericht speichern
report-written = Fortschrittsbericht geschrieben nach { $path }
report-summary = { $activities } Aktivitäten, { $deliverables } Deliverables, { $warnings } Punkte zu prüfen.
indicators-report = Fortschrittsbericht…
## issue 17: recurrence like a calendar client
repeat-day = Tag(e)
repeat-year = Jahr(e)
problem-rule-misses-first-day = Die Wiederholung trifft den ersten Tag nicht: Wähle auch dessen Wochentag.
recur-daily = { $every ->
    [one] jeden Tag
   *[other] alle { $every } Tage
}
recur-weekly-on = { $every ->
    [one] jede Woche am { $days }
   *[other] alle { $every } Wochen am { $days }
}
recur-monthly-day = { $every ->
    [one] jeden Monat am { $day }.
   *[other] alle { $every } Monate am { $day }.
}
recur-monthly-nth = { $every ->
    [one] jeden
   *[other] am
} { $nth ->
    [first] ersten
    [second] zweiten
    [third] dritten
    [fourth] vierten
    [fifth] fünften
   *[last] letzten
} { $weekday ->
    [mon] Montag
    [tue] Dienstag
    [wed] Mittwoch
    [thu] Donnerstag
    [fri] Freitag
    [sat] Samstag
   *[sun] Sonntag
} { $every ->
    [one] im Monat
   *[other] alle { $every } Monate
}
recur-yearly = { $every ->
    [one] jedes Jahr am { $day }. { $month }
   *[other] alle { $every } Jahre am { $day }. { $month }
}
recur-count = { $count ->
    [one] , einmal
   *[other] , { $count }-mal
}
recur-until = , bis { $date }
recur-skipped = , { $count } ausgelassen
recur-moved = , { $count } verschoben
export-repeats = Wiederholung: { $rule }
editor-repeat-daily = Täglich
editor-repeat-yearly = Jährlich
editor-every-n = Alle
editor-weekdays = An
editor-monthly-on = Welcher Tag
editor-ends = Endet
editor-ends-never = Mit dem Projekt
editor-ends-on = An einem Datum
editor-ends-after = Nach N Malen
editor-count = Anzahl
editor-count-invalid = Schreibe eine ganze Zahl ab 1.
editor-weekday-missing = Wähle auch den Wochentag des ersten Tages.
editor-occurrence-title = Termin vom { $date }
editor-scope-question = Änderungen anwenden auf
editor-scope-occurrence = Nur diesen Termin
editor-scope-series = Die ganze Serie
editor-scope-note = Bei diesem Termin ändern sich nur Datum und Uhrzeit.
editor-skip-occurrence = Diesen Termin auslassen
calendar-move-question = Dieser Eintrag wiederholt sich: nur diesen Termin oder die ganze Serie verschieben?
calendar-move-occurrence = Nur diesen Termin
calendar-move-series = Die ganze Serie
calendar-move-cancel = Abbrechen
## issue 16: the plan on disk is never silently overwritten or lost
save-changed-on-disk = die Datei wurde seit dem Lesen auf dem Datenträger geändert; es wurde nichts geschrieben
save-too-large = der Plan wäre { $megabytes } MB groß, mehr als die erlaubten { $limit } MB, und könnte nicht wieder geöffnet werden; es wurde nichts geschrieben
read-only-file = Diese Plandatei ist schreibgeschützt (ihre Rechte erlauben kein Schreiben), daher ist sie hier nur lesbar. Mit „Speichern unter“ in einer Kopie weiterarbeiten.
notice-backup-failed = Der Plan wurde gespeichert, aber die Sicherung vor dem Speichern konnte nicht angelegt werden: { $reason }
notice-reloaded = Der Plan wurde auf dem Datenträger geändert und neu geladen.
notice-kept-both = Ihre Fassung wurde als { $copy } gespeichert; das Fenster zeigt jetzt die Datei, wie sie auf dem Datenträger ist.
notice-applied = Ihre Änderungen wurden auf die Datei, wie sie auf dem Datenträger ist, angewendet.
notice-apply-failed = Ihre Änderungen ließen sich nicht alle auf die Datei auf dem Datenträger anwenden ({ $reason }); es wurde nichts geändert. Behalten Sie stattdessen beide.
dialog-changed-title = Der Plan wurde auf dem Datenträger geändert
dialog-changed-body = Ein anderes Programm (ein Sync-Client, ein Editor, ein anderes CommPlan) hat { $path } geändert, während dieses Fenster ungespeicherte Änderungen hatte. Es wurde nichts überschrieben.
dialog-changed-section = { $section }: { $disk } auf dem Datenträger, { $here } in diesem Fenster
dialog-changed-same-counts = Gleich viele Einträge in jeder Liste; einige Einträge unterscheiden sich.
dialog-changed-apply = Meine Änderungen auf die Datei anwenden
dialog-changed-keep-both = Beide behalten (meine als Kopie speichern)
section-partners = Partner
section-work-packages = Arbeitspakete
section-activities = Aktivitäten
section-deliverables = Leistungen
section-log = Protokolleinträge
section-indicators = Indikatoren
cli-export-onto-plan = { $path } ist eine Plandatei; ein Export überschreibt nie einen Plan.
cli-export-exists = { $path } existiert bereits; mit --force ersetzen.
export-replace-body = { $path } existiert bereits. Durch den Export ersetzen?
export-refuse-plan = { $path } ist eine Plandatei; wählen Sie einen anderen Namen für den Export.
import-control-character = ein Steuerzeichen ({ $code }) in einer Zelle, das ein Protokolleintrag nicht enthalten kann
import-unclosed-quote = ein in dieser Zeile geöffnetes Anführungszeichen wird nie geschlossen
import-line-too-long = eine Zeile mit mehr als { $limit } Zeichen
import-column-limit = mehr als { $limit } Spalten
import-input-too-large = mehr als { $megabytes } MB gelesen; das Protokoll eines Partners ist kleiner
html-expansion-capped = Wiederkehrende Einträge werden bis { $date } und höchstens { $count } Mal je Eintrag gezeigt.
import-row-limit = mehr als { $limit } Zeilen; das Protokoll eines Partners ist kürzer (teilen Sie die Datei)
conflict-copy-name = { $name } (Konflikt { $when })
## issue 19: publishing calendars (CalDAV, WebDAV) and exports per partner
export-error-nothing-matched = Keine Treffer: Der gewählte Partner und Zeitraum haben keine Aktivität und keine Frist, daher wurde kein Kalender geschrieben.
publish-error-bad-url = „{ $url }“ ist keine Serveradresse: Sie muss mit http:// oder https:// beginnen.
publish-error-unreachable = { $url } ist nicht erreichbar: { $reason }. Prüfen Sie Adresse und Netzwerkverbindung und veröffentlichen Sie erneut.
publish-error-unauthorized = Der Server { $url } hat Benutzername oder Passwort abgelehnt (401). Prüfen Sie beides; Server wie Nextcloud brauchen eventuell ein App-Passwort.
publish-error-forbidden = Der Server erlaubt diesem Benutzer nicht, { $url } zu schreiben (403): Der Kalender gehört vielleicht einem anderen Benutzer. Bitten Sie den Eigentümer um Zugriff oder wählen Sie eine andere Adresse.
publish-error-quota = Der Server { $url } hat keinen Speicherplatz mehr (507). Löschen Sie alte Kalender oder bitten Sie die Administration um mehr Platz und veröffentlichen Sie erneut.
publish-error-not-calendar = { $url } existiert auf dem Server bereits, ist aber kein Kalender. Benennen Sie es dort um oder löschen Sie es und veröffentlichen Sie erneut.
publish-error-status = Der Server antwortete { $status } auf { $method } { $url }. Erneutes Veröffentlichen repariert, was halb fertig blieb.
publish-error-bad-answer = Die Antwort des Servers auf { $method } { $url } ist unlesbar: { $reason }
publish-error-cancelled = Veröffentlichen abgebrochen. Was gesendet wurde, bleibt auf dem Server; erneutes Veröffentlichen vervollständigt es.
cli-publish-password-prompt = Passwort oder App-Token für { $user }:
cli-publish-no-password = Kein Passwort: Setzen Sie { $var } oder geben Sie es über die Standardeingabe an.
cli-publish-dry-run = Probelauf: Auf dem Server wurde nichts geändert.
cli-publish-line = { $calendar } ({ $language }): { $created } angelegt, { $updated } aktualisiert, { $deleted } gelöscht, { $unchanged } unverändert
cli-publish-requests = { $total } Anfragen ({ $put } PUT, { $delete } DELETE, { $mkcalendar } MKCALENDAR, { $reads } Lesezugriffe) in { $ms } ms
export-html-deliverables-delivered = Bereits geliefert
toolbar-publish = Publizieren…
toolbar-publish-hint = Den Kalender jedes Partners auf einem Kalenderserver veröffentlichen, den er abonniert
publish-dialog-title = Kalender veröffentlichen
publish-dialog-hint = Jeder Partner erhält auf Ihrem CalDAV-Server (Nextcloud, Radicale…) einen Kalender in seiner Sprache. Erneutes Veröffentlichen sendet nur Änderungen.
publish-url-placeholder = https://cloud.example.org/remote.php/dav
publish-field-server = Server
publish-field-user = Benutzer
publish-field-password = Passwort
publish-remember = Passwort im Schlüsselbund des Systems speichern
publish-webdav = Einfache .ics-Dateien in einen WebDAV-Ordner
publish-keyring-unavailable = Der Schlüsselbund des Systems ist nicht nutzbar ({ $reason }): Geben Sie das Passwort jedes Mal ein.
publish-field-partners = Partner
publish-all-partners = Alle
publish-whole-plan = Zusätzlich ein Kalender mit dem ganzen Plan
publish-row-done = { $created } angelegt · { $updated } aktualisiert · { $deleted } gelöscht · { $unchanged } unverändert
publish-row-waiting = Wartet…
publish-summary = { $calendars } Kalender, { $failed } fehlgeschlagen · { $requests } Anfragen in { $seconds } s
publish-close = Schließen
publish-busy = Wird veröffentlicht…
publish-start = Veröffentlichen
## issue 18: spreadsheets

import-at-sheet-row = Blatt „{ $sheet }“, Zeile { $row }
import-ambiguous-date = „{ $text }“ kann Tag/Monat oder Monat/Tag sein, und kein Datum der Spalte klärt es; die Reihenfolge in der Vorschau wählen (oder --date-order).
import-workbook-damaged = Die { $format }-Arbeitsmappe ist nicht lesbar: { $reason }. Es wurde nichts importiert.
import-sheet-damaged = Blatt „{ $sheet }“ der { $format }-Arbeitsmappe ist nicht lesbar: { $reason }. Es wurde nichts importiert.
import-workbook-encrypted = Die Arbeitsmappe ist mit einem Passwort geschützt. Ohne Passwort speichern und erneut importieren. Es wurde nichts importiert.
import-not-a-workbook = Dies ist eine { $what }-Datei, keine Tabelle: CommPlan liest CSV, XLSX, XLS und ODS. Es wurde nichts importiert.
import-binary = Diese Datei ist weder Text noch eine Arbeitsmappe (CSV, XLSX, XLS, ODS). Es wurde nichts importiert.
import-sheet-too-large = Blatt „{ $sheet }“ hat mehr als { $cells } gefüllte Zellen: zu groß für ein Verbreitungsprotokoll. Es wurde nichts importiert.
import-unknown-sheet = Die Arbeitsmappe hat kein Blatt „{ $sheet }“.
import-in-sheet = Blatt „{ $sheet }“: { $error }
cli-import-bad-order = „{ $text }“ ist keine Datumsreihenfolge: dmy (Tag zuerst) oder mdy (Monat zuerst) verwenden.
cli-import-number-columns = die Datei hat Zahlenspalten, die CommPlan nicht liest: { $columns }. Es wurde nichts importiert; sie in eine bekannte Spalte umbenennen oder ohne sie mit --without-unknown-columns importieren.
import-workbook-truncated = Die { $format }-Datei ist unvollständig (beim Kopieren oder Herunterladen abgebrochen?). Erneut anfordern. Es wurde nichts importiert.
sheet-column-id = ID
sheet-column-title = Titel
sheet-column-kind = Art
sheet-column-status = Status
sheet-column-responsible = Verantwortlicher Partner
sheet-column-contributors = Mitwirkende
sheet-column-work-package = Arbeitspaket
sheet-column-start-date = Startdatum
sheet-column-end-date = Enddatum
sheet-column-start-time = Beginn
sheet-column-end-time = Ende
sheet-column-time-zone = Zeitzone
sheet-column-repeat-every = Wiederholen alle
sheet-column-repeat-unit = Wiederholungseinheit
sheet-column-repeat-until = Wiederholen bis
sheet-column-venue = Veranstaltungsort
sheet-column-city = Stadt
sheet-column-country = Land
sheet-column-online = Online-Link
sheet-column-channel = Kanal
sheet-column-target-groups = Zielgruppen
sheet-column-languages = Sprachen
sheet-column-registration = Anmeldung
sheet-column-campaign = Kampagne
sheet-column-notes = Anmerkungen
sheet-column-sequence = Revision
sheet-column-modified = Geändert
sheet-column-code = Code
sheet-column-lead = Federführender Partner
sheet-column-due = Fälligkeit
sheet-column-submitted = Eingereicht am
sheet-column-link = Link
sheet-column-date = Datum
sheet-column-partner = Partner
sheet-column-target-group = Zielgruppe
sheet-column-reach = Reichweite
sheet-column-participants = Teilnehmende
sheet-column-language = Sprache
sheet-column-activity = Aktivität
sheet-column-name = Name
sheet-column-short-name = Kurzname
sheet-column-role = Rolle
sheet-column-contact-name = Ansprechperson
sheet-column-contact-email = Kontakt-E-Mail
sheet-column-color = Farbe
sheet-column-indicator = Indikator
sheet-column-unit = Einheit
sheet-column-period = Zeitraum
sheet-column-from = Von
sheet-column-to = Bis
sheet-column-actual = Erreicht
sheet-column-cumulative = Kumuliert
sheet-column-target = Zielwert
sheet-column-progress = Fortschritt
export-error-workbook = Die Arbeitsmappe konnte nicht geschrieben werden: { $reason }
sheet-title-activities = Aktivitäten
sheet-title-deliverables = Leistungen
sheet-title-dissemination = Verbreitungsprotokoll
sheet-title-partners = Partner
sheet-title-indicators-by-period = Indikatoren nach Zeitraum
sheet-title-indicators-by-partner = Indikatoren nach Partner
file-filter-spreadsheets = Tabellen (XLSX, XLS, ODS, CSV)
import-read-as-workbook = Gelesen als { $format }-Arbeitsmappe (Blätter: { $sheets })
import-sheet = Blatt
import-order-day-first = Tag zuerst (3/4 = 3. April)
import-order-month-first = Monat zuerst (3/4 = 4. März)
import-date-order = Die Daten können Tag/Monat oder Monat/Tag sein:
import-date-order-choose = Reihenfolge wählen
import-without-number-columns = Ohne die Zahlenspalten importieren, die CommPlan nicht liest: { $columns }
import-unknown-words = Wörter, die CommPlan nicht kennt: jedes einmal für die ganze Datei zuordnen
import-unknown-word = „{ $word }“ (Zeilen: { $rows })
import-map-to = bedeutet…
export-table-indicators-by-period = Indikatoren nach Zeitraum
export-table-indicators-by-partner = Indikatoren nach Partner
export-format-xlsx = Excel (XLSX)
export-format-xlsx-hint = Eine Arbeitsmappe für Excel und LibreOffice in der gewählten Sprache: Daten und Zahlen als solche, Kopfzeile fixiert, Filter aktiv.
export-option-template = Die leere Vorlage des Verbreitungsprotokolls für Partner (Auswahllisten; der oben gewählte Partner eingetragen)
export-filter-xlsx = Excel-Arbeitsmappen
cli-import-sheet = Blatt „{ $sheet }“, Kopfzeile in Zeile { $row }
import-rejected-reason-column = Warum diese Zeile nicht importiert wurde
import-save-rejected = Abgelehnte Zeilen für den Partner speichern…
import-correct = { $column } korrigieren, Eingabe
sheet-column-repeat-weekdays = Wiederholt am
sheet-column-repeat-nth = Woche im Monat
sheet-column-repeat-count = Anzahl
sheet-column-repeat-skipped = Ausgelassen
sheet-column-repeat-moved = Verschoben
## issue 15: a calendar and editors you can trust with a mouse
calendar-drag-to = nach { $when }
calendar-selection-hint = Klicken Sie auf einen Eintrag, um ihn auszuwählen, ziehen Sie ihn, um ihn zu verschieben, doppelklicken Sie, um ihn zu bearbeiten.
leave-title = Änderungen speichern, bevor es weitergeht?
leave-text = { $screens }: Ihre Eingaben sind noch nicht gespeichert.
leave-save = Speichern
leave-discard = Änderungen verwerfen
leave-stay = Zurück
problem-empty-partner-id = Die Kennung des Partners fehlt (etwa VEN oder P01).
problem-empty-country = Das Land fehlt: Geben Sie den zweistelligen Code an, etwa IT oder AT.
calendar-campaign-delete-title = Die Kampagne „{ $title }“ löschen?
calendar-campaign-delete-items = { $count ->
    [one] Sie hat einen Eintrag:
   *[other] Sie hat { $count } Einträge:
}
calendar-campaign-more = und { $count } weitere
calendar-campaign-cancel = Abbrechen
calendar-campaign-keep = { $count ->
    [one] Eintrag behalten, ohne Kampagne
   *[other] Einträge behalten, ohne Kampagne
}
calendar-campaign-delete-all = { $count ->
    [one] Ihn auch löschen
   *[other] Alle { $count } auch löschen
}
log-form-activity-search = Aktivität: zum Suchen den Titel eingeben
log-form-activity-found = Bezieht sich auf:
log-form-pick-activity = Wählen Sie die Aktivität unter den nach Titel gefundenen aus oder leeren Sie das Feld.
report-form-xlsx = Arbeitsmappe (XLSX)

## issue 17e: the activity editor's dates, times and zones
editor-close = Schließen
editor-read-only-note = Der Plan ist hier schreibgeschützt geöffnet: ansehen ja, ändern nein.
editor-time-none = Keine Uhrzeit der Liste beginnt so; schreiben Sie sie als 10:30.
editor-read-title = Aktivität (schreibgeschützt)
calendar-show = Anzeigen
## issue 15: forms (an empty date is named as missing)
log-form-no-date = Das Datum fehlt: schreiben Sie 2018-03-15, 15/03/2018 oder 15.03.2018.
## issue 17: foreign zones, date pickers and long titles
# dieselbe Zeit in der Zone des Projekts und in der des Eintrags: "10:00 Rome · 09:00 Lisbon"
calendar-in-two-zones = { $here } { $here_zone } · { $there } { $there_zone }
## issue 18: forgetting the words remembered from a partner's imports
partners-mappings-title = Aus den Dateien dieses Partners gemerkte Wörter
partners-mappings-hint = Wird bei einem Import ein Wort, das CommPlan nicht kennt, einem Wert zugeordnet, bleibt die Wahl für die nächste Datei des Partners erhalten. Gespeichert in den Einstellungen dieses Computers, nicht im Plan: Das Vergessen eines Wortes lässt sich nicht rückgängig machen, und der nächste Import fragt erneut danach.
partners-mappings-none = Noch keine Wörter gemerkt.
partners-mappings-word = { $vocab }: „{ $word }“ → { $value }
partners-mappings-forget = „{ $word }“ vergessen
partners-mappings-forgotten = „{ $word }“ vergessen: Der nächste Import des Partners fragt erneut danach.

## issue 17z: countries
zone-search-placeholder = Stadt oder Land suchen: Lisbon, Portugal, PT…
zone-search-none = Keine Zeitzone passt zu „{ $value }“: versuchen Sie eine Stadt oder ein Land, z. B. Lisbon oder Portugal.
country-AD = Andorra
country-AE = Vereinigte Arabische Emirate
country-AL = Albanien
country-AM = Armenien
country-AR = Argentinien
country-AT = Österreich
country-AU = Australien
country-AX = Ålandinseln
country-AZ = Aserbaidschan
country-BA = Bosnien und Herzegowina
country-BE = Belgien
country-BG = Bulgarien
country-BR = Brasilien
country-BY = Belarus
country-CA = Kanada
country-CH = Schweiz
country-CL = Chile
country-CN = China
country-CO = Kolumbien
country-CY = Zypern
country-CZ = Tschechien
country-DE = Deutschland
country-DK = Dänemark
country-EE = Estland
country-EG = Ägypten
country-ES = Spanien
country-FI = Finnland
country-FO = Färöer
country-FR = Frankreich
country-GB = Vereinigtes Königreich
country-GE = Georgien
country-GG = Guernsey
country-GI = Gibraltar
country-GR = Griechenland
country-HK = Hongkong
country-HR = Kroatien
country-HU = Ungarn
country-ID = Indonesien
country-IE = Irland
country-IL = Israel
country-IM = Insel Man
country-IN = Indien
country-IR = Iran
country-IS = Island
country-IT = Italien
country-JE = Jersey
country-JP = Japan
country-KE = Kenia
country-KR = Südkorea
country-KZ = Kasachstan
country-LI = Liechtenstein
country-LT = Litauen
country-LU = Luxemburg
country-LV = Lettland
country-MA = Marokko
country-MC = Monaco
country-MD = Moldau
country-ME = Montenegro
country-MK = Nordmazedonien
country-MT = Malta
country-MX = Mexiko
country-MY = Malaysia
country-NG = Nigeria
country-NL = Niederlande
country-NO = Norwegen
country-NZ = Neuseeland
country-PE = Peru
country-PH = Philippinen
country-PK = Pakistan
country-PL = Polen
country-PT = Portugal
country-QA = Katar
country-RO = Rumänien
country-RS = Serbien
country-RU = Russland
country-SA = Saudi-Arabien
country-SE = Schweden
country-SG = Singapur
country-SI = Slowenien
country-SJ = Svalbard und Jan Mayen
country-SK = Slowakei
country-SM = San Marino
country-TH = Thailand
country-TN = Tunesien
country-TR = Türkei
country-TW = Taiwan
country-UA = Ukraine
country-US = Vereinigte Staaten
country-VA = Vatikanstadt
country-VN = Vietnam
country-ZA = Südafrika
