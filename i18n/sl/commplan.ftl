# CommPlan — slovenski nizi (angleščina je nadomestni jezik).

## Vocabularies

kind-event = Dogodek
kind-workshop = Delavnica
kind-conference = Konferenca
kind-webinar = Spletni seminar
kind-newsletter = E-novice
kind-press-release = Sporočilo za javnost
kind-social-post = Objava na družbenih omrežjih
kind-publication = Publikacija
kind-video = Video
kind-website-update = Posodobitev spletne strani
kind-campaign = Kampanja
kind-other = Drugo

status-idea = Zamisel
status-planned = Načrtovano
status-in-preparation = V pripravi
status-confirmed = Potrjeno
status-done = Izvedeno
status-cancelled = Preklicano

role-lead-partner = Vodilni partner
role-communication-lead = Vodja komuniciranja
role-partner = Partner
role-observer = Opazovalec

deliverable-status-not-started = Ni začeto
deliverable-status-in-progress = V teku
deliverable-status-in-review = V pregledu
deliverable-status-submitted = Oddano
deliverable-status-approved = Odobreno

channel-website = Spletna stran
channel-social-media = Družbena omrežja
channel-newsletter = E-novice
channel-press = Tisk in mediji
channel-event = Dogodek
channel-publication = Publikacija
channel-video = Video
channel-email = E-pošta
channel-other = Drugo

target-local-authority = Lokalni javni organ
target-regional-authority = Regionalni javni organ
target-national-authority = Nacionalni javni organ
target-sectoral-agency = Sektorska agencija
target-service-provider = Ponudnik infrastrukture in (javnih) storitev
target-interest-groups = Interesne skupine, vključno z NVO
target-higher-education = Visoko šolstvo in raziskave
target-education-centre = Center za izobraževanje/usposabljanje in šola
target-enterprise = Podjetje in MSP
target-business-support = Organizacija za podporo podjetjem
target-eeig = EGIZ in EZTS
target-international-organisation = Mednarodna organizacija
target-general-public = Splošna javnost

measure-entries = Število vnosov
measure-reach = Dosežene osebe
measure-participants = Udeleženci

repeat-week = teden/tednov
repeat-month = mesec/mesecev

## What an edit or a finding is about

subject-project = Projekt
subject-partner = Partner
subject-work-package = Delovni sklop
subject-activity = Aktivnost
subject-deliverable = Dosežek
subject-entry = Vnos v dnevnik
subject-indicator = Kazalnik

## Refused edits

error-duplicate-id = { $subject } „{ $id }“ že obstaja.
error-not-found = { $subject } „{ $id }“ ne obstaja.
error-unknown-partner = Partner „{ $id }“ ne obstaja.
error-unknown-work-package = Delovni sklop „{ $id }“ ne obstaja.
error-unknown-activity = Aktivnost { $id } ne obstaja.
error-in-use = { $subject } „{ $id }“ je še vedno v uporabi: { $uses }.

uses-project = sam projekt
uses-work-packages = { $count ->
    [1] en delovni sklop
    [one] { $count } delovni sklop
    [two] { $count } delovna sklopa
    [few] { $count } delovni sklopi
   *[other] { $count } delovnih sklopov
}
uses-activities = { $count ->
    [1] ena aktivnost
    [one] { $count } aktivnost
    [two] { $count } aktivnosti
    [few] { $count } aktivnosti
   *[other] { $count } aktivnosti
}
uses-deliverables = { $count ->
    [1] en dosežek
    [one] { $count } dosežek
    [two] { $count } dosežka
    [few] { $count } dosežki
   *[other] { $count } dosežkov
}
uses-entries = { $count ->
    [1] en vnos v dnevnik
    [one] { $count } vnos v dnevnik
    [two] { $count } vnosa v dnevnik
    [few] { $count } vnosi v dnevnik
   *[other] { $count } vnosov v dnevnik
}
uses-indicators = { $count ->
    [1] ena ciljna vrednost kazalnika
    [one] { $count } ciljna vrednost kazalnikov
    [two] { $count } ciljni vrednosti kazalnikov
    [few] { $count } ciljne vrednosti kazalnikov
   *[other] { $count } ciljnih vrednosti kazalnikov
}

problem-empty-title = Manjka naslov.
problem-empty-name = Manjka ime.
problem-end-before-start = Konec je pred začetkom.
problem-project-end-before-start = Projekt se konča, preden se začne.
problem-bad-partner-id = „{ $id }“ ni uporaben ID partnerja: uporabite največ 16 črk, števk, „-“, „_“ ali „.“, brez presledkov.
problem-bad-country = „{ $code }“ ni dvočrkovna koda države (npr. IT ali AT).
problem-bad-language = „{ $code }“ ni koda jezika (npr. it, de ali sl).
problem-duplicate-code = Drug dosežek že ima kodo „{ $code }“.
problem-campaign-is-itself = Aktivnost ne more pripadati sama sebi.
problem-campaign-not-a-campaign = Aktivnost { $id } je sama del kampanje, zato ne more vsebovati drugih elementov.
problem-date-out-of-range = Datum { $date } je zunaj obdobja od leta 1900 do leta 2999.
problem-bad-recurrence = Ponavljanje mora imeti korak najmanj 1 in konec po začetku.

## Checking a plan

check-error = napaka
check-warning = opozorilo
check-duplicate-id = drug element zgoraj ima enak ID.
check-outside-project = „{ $title }“ je zunaj trajanja projekta.

## Loading and saving

load-not-found = datoteka ne obstaja.
load-io = datoteke ni mogoče prebrati: { $reason }
load-too-large = datoteka ima { $megabytes } MB, načrt pa ima lahko največ { $limit } MB.
load-not-text = datoteka ni besedilo v kodiranju UTF-8; ni načrt ali pa je poškodovana.
load-syntax = { $reason }
load-too-new = ta načrt je bil zapisan z novejšo različico programa CommPlan (format { $found }; ta program bere formate do { $supported }). Za odpiranje posodobite CommPlan; datoteka je ostala nespremenjena.
load-too-old = različica formata { $found } ni format programa CommPlan.
save-failed = shranjevanje ni uspelo: { $reason }
save-read-only = mapa ali datoteka je samo za branje
save-disk-full = disk je poln

## Dates and numbers

format-date = { $day }. { $month } { $year }
format-date-weekday = { $weekday }, { $date }
format-month-year = { $month } { $year }
format-thousands-separator = .
format-first-weekday = mon
month-short-1 = jan.
month-short-2 = feb.
month-short-3 = mar.
month-short-4 = apr.
month-short-5 = maj
month-short-6 = jun.
month-short-7 = jul.
month-short-8 = avg.
month-short-9 = sep.
month-short-10 = okt.
month-short-11 = nov.
month-short-12 = dec.
month-long-1 = januar
month-long-2 = februar
month-long-3 = marec
month-long-4 = april
month-long-5 = maj
month-long-6 = junij
month-long-7 = julij
month-long-8 = avgust
month-long-9 = september
month-long-10 = oktober
month-long-11 = november
month-long-12 = december
weekday-short-mon = pon.
weekday-short-tue = tor.
weekday-short-wed = sre.
weekday-short-thu = čet.
weekday-short-fri = pet.
weekday-short-sat = sob.
weekday-short-sun = ned.

## Screens

screen-overview = Pregled
screen-calendar = Koledar
screen-deliverables = Dosežki
screen-dissemination = Diseminacija
screen-partners = Partnerji
screen-indicators = Kazalniki
screen-settings = Nastavitve

## Overview

none = —
overview-project = Projekt
overview-dates = { $start } – { $end }
overview-leads = Vodilni partner: { $lead } · Vodja komuniciranja: { $communication }
overview-partners = partnerji in opazovalci
overview-activities = načrtovane aktivnosti
overview-deliverables = dosežki
overview-entries = vnosi v dnevnik diseminacije
overview-ended = Projekt se je končal { $date }
overview-not-started = Projekt se začne { $date }
overview-running = Projekt poteka
overview-deadlines = Roki
overview-no-deadlines = Dosežkov še ni.

# @overview (add new overview strings below)
overview-agenda = Naslednjih 14 dni
overview-agenda-empty = V naslednjih 14 dneh ni ničesar načrtovanega.
overview-overdue = Zamujeni dosežki
overview-overdue-none = Noben dosežek ne zamuja.
overview-days-late = { $days ->
    [one] { $days } dan zamude
    [two] { $days } dneva zamude
    [few] { $days } dni zamude
   *[other] { $days } dni zamude
}
overview-month = Ta mesec po partnerjih
overview-month-empty = Ta mesec ni aktivnosti.
overview-month-count = { $count ->
    [one] { $count } aktivnost
    [two] { $count } aktivnosti
    [few] { $count } aktivnosti
   *[other] { $count } aktivnosti
}
overview-indicators = Kazalniki
overview-indicators-empty = Kazalnikov še ni.
overview-indicator-value = { $actual } od { $target }
overview-quiet = Brez vnosa 30 dni ali več
overview-quiet-none = Vsi partnerji so poročali v zadnjih 30 dneh.
overview-quiet-never = nikoli
overview-quiet-last = Zadnji vnos: { $date }

## Calendar

calendar-count = { $count ->
    [1] Ena aktivnost
    [one] { $count } aktivnost
    [two] { $count } aktivnosti
    [few] { $count } aktivnosti
   *[other] { $count } aktivnosti
}

# @calendar (add new calendar strings below)
calendar-view-month = Mesec
calendar-view-week = Teden
calendar-view-agenda = Dnevni red
calendar-view-timeline = Časovnica
calendar-conflicts = { $count ->
    [one] { $count } spor
    [two] { $count } spora
    [few] { $count } spori
   *[other] { $count } sporov
}
calendar-outside = { $count ->
    [one] { $count } zunaj datumov projekta
    [two] { $count } zunaj datumov projekta
    [few] { $count } zunaj datumov projekta
   *[other] { $count } zunaj datumov projekta
}
calendar-duplicate = Podvoji
calendar-delete = Izbriši
calendar-new = Nova aktivnost
calendar-week-title = Teden { $week } · { $from } – { $to }
calendar-jump-placeholder = Pojdi na datum…
calendar-jump-invalid = Ni datum: napišite 2017-06-29 ali 29.06.2017
calendar-today = Danes
calendar-rows-partners = Po partnerjih
calendar-rows-work-packages = Po delovnih sklopih
calendar-rows-none = Drugo
calendar-rows-no-work-package = Brez delovnega sklopa
calendar-copy-title = { $title } (kopija)
calendar-more = { $count ->
    [one] še { $count }
    [two] še { $count }
    [few] še { $count }
   *[other] še { $count }
}
calendar-all-day = Ves dan
calendar-week-number = Teden { $week }
calendar-deadline = Rok { $code }: { $title }
calendar-deadline-on = { $code } { $title }, rok { $date }
calendar-legend-deadline = Rok za dosežek
calendar-filter-partners = Partner
calendar-filter-work-packages = Delovni sklop
calendar-filter-kinds = Vrsta
calendar-filter-statuses = Stanje
calendar-filter-target-groups = Ciljna skupina
calendar-filter-text = Besedilo
calendar-filter-count = { $facet } ({ $count })
calendar-filter-text-placeholder = Išči v naslovih, krajih, opombah…
calendar-filter-hidden = { $count ->
    [one] Filtri skrivajo { $count } element
    [two] Filtri skrivajo { $count } elementa
    [few] Filtri skrivajo { $count } elemente
   *[other] Filtri skrivajo { $count } elementov
}
calendar-filter-clear = Počisti filtre
calendar-filter-clear-facet = Počisti
calendar-nothing = Ničesar za prikaz: ni aktivnosti ali pa jih filtri skrivajo.
calendar-timeline-title = { $from } – { $to }
calendar-overlaps = { $count ->
    [one] Prekriva se z: { $titles }
    [two] Prekriva se z { $count } elementoma: { $titles }
    [few] Prekriva se s { $count } elementi: { $titles }
   *[other] Prekriva se s { $count } elementi: { $titles }
}
calendar-outside-project = Zunaj datumov projekta
calendar-edit = Uredi
editor-new-title = Nova aktivnost
editor-edit-title = Uredi aktivnost
editor-section-what = Kaj
editor-section-who = Kdo
editor-section-when = Kdaj
editor-section-where = Kje
editor-section-audience = Za koga
editor-title = Naslov
editor-kind = Vrsta
editor-status = Stanje
editor-notes = Opombe
editor-responsible = Odgovorni partner
editor-work-package = Delovni sklop
editor-campaign = Del kampanje
editor-contributors = Sodelujoči partnerji
editor-none = Brez
editor-start = Datum začetka
editor-end = Datum konca
editor-start-time = Začne ob
editor-end-time = Konča ob
editor-zone = Časovni pas
editor-all-day = Ves dan
editor-date-hint = Datumi kot 2017-06-29, 29/06/2017 ali 29.06.2017; ure kot 10:30.
editor-repeat = Ponavljanje
editor-repeat-never = Nikoli
editor-repeat-weekly = Tedensko
editor-repeat-monthly = Mesečno
editor-until = Do (prazno: konec projekta)
editor-venue = Prizorišče
editor-city = Mesto
editor-country = Koda države
editor-online = Spletna povezava
editor-registration = Povezava za prijavo
editor-channel = Kanal
editor-languages = Jeziki (npr. it, de)
editor-target-groups = Ciljne skupine
editor-delete = Izbriši
editor-delete-confirm = Res izbrišem?
editor-cancel = Prekliči
editor-save = Shrani aktivnost
editor-problems = { $count ->
    [one] { $count } težava za odpravo
    [two] { $count } težavi za odpravo
    [few] { $count } težave za odpravo
   *[other] { $count } težav za odpravo
}
editor-title-missing = Aktivnosti dajte naslov.
editor-responsible-missing = Izberite odgovornega partnerja.
editor-date-invalid = »{ $value }« ni datum.
editor-date-outside = Projekt traja od { $start } do { $end }.
editor-end-before-start = Konec je pred začetkom.
editor-time-invalid = »{ $value }« ni ura (napišite 10:30).
editor-zone-invalid = »{ $value }« ni časovni pas (npr. Europe/Rome).
editor-every-invalid = Napišite celo število od 1 naprej.
editor-until-before-start = Ponavljanje se konča pred začetkom aktivnosti.
editor-country-invalid = Dve črki, npr. IT.
editor-language-invalid = »{ $value }« ni koda jezika.

## Deliverables

deliverables-empty = Dosežkov še ni.
deliverables-count = { $count ->
    [1] En dosežek
    [one] { $count } dosežek
    [two] { $count } dosežka
    [few] { $count } dosežki
   *[other] { $count } dosežkov
}
deliverables-code = Koda
deliverables-title = Naslov
deliverables-lead = Nosilec
deliverables-due = Rok
deliverables-status = Stanje

# @deliverables (add new deliverables strings below)
deliverables-count-shown = Prikazano: { $shown } od { $count }
deliverables-add = Nov dosežek
deliverables-new = Nov dosežek
deliverables-edit = Uredi { $code }
deliverables-title-placeholder = Kaj se odda
deliverables-work-package = Delovni sklop
deliverables-work-package-short = DS
deliverables-days-left = Preostalo
deliverables-pick-work-package = Izberite delovni sklop
deliverables-pick-lead = Izberite nosilnega partnerja
deliverables-link = Povezava
deliverables-save = Shrani
deliverables-cancel = Prekliči
deliverables-delete = Izbriši
deliverables-delivered-on = oddano { $date }
deliverables-error-due = „{ $text }“ ni datum: zapišite ga kot LLLL-MM-DD, DD/MM/LLLL ali DD.MM.LLLL, npr. 2018-06-30.
deliverables-error-outside = Rok mora biti znotraj trajanja projekta, od { $start } do { $end }.
deliverables-error-no-work-package = Izberite delovni sklop, ki mu pripada.
deliverables-error-no-lead = Izberite nosilnega partnerja.
deliverables-query-placeholder = Filtriraj po kodi ali naslovu
deliverables-all-work-packages = Vsi delovni sklopi
deliverables-all-partners = Vsi partnerji
deliverables-clear-filters = Počisti filtre
deliverables-none-match = Tem filtrom ne ustreza noben dosežek.
deliverables-show-all = Vsa stanja
deliverables-show-open = Še odprti
deliverables-show-pressing = Zamujeni ali z rokom v 14 dneh
deliverables-show-overdue = Zamujeni
deliverables-selected = { $count ->
    [one] { $count } izbran dosežek
    [two] { $count } izbrana dosežka
    [few] { $count } izbrani dosežki
   *[other] { $count } izbranih dosežkov
}
deliverables-set-status = Nastavi stanje na
deliverables-pick-status = Izberite stanje
deliverables-clear-selection = Počisti izbiro
deliverables-owes-nothing = { $partner } trenutno ne dolguje ničesar.
deliverables-owes = { $partner } dolguje { $count ->
    [one] { $count } dosežek
    [two] { $count } dosežka
    [few] { $count } dosežke
   *[other] { $count } dosežkov
}: zamujenih { $overdue }, z rokom v 14 dneh { $soon }.
deliverables-owes-next = Naslednji: { $code }, { $date }
deliverables-days-late = { $days ->
    [one] { $days } dan zamude
    [two] { $days } dneva zamude
    [few] { $days } dni zamude
   *[other] { $days } dni zamude
}
deliverables-due-today = rok je danes
deliverables-days-to-go = { $days ->
    [one] čez { $days } dan
    [two] čez { $days } dneva
    [few] čez { $days } dni
   *[other] čez { $days } dni
}
deliverables-advance = Premakni v „{ $status }“
deliverables-contributors = Sodelujoči partnerji

## Dissemination log

log-empty = Vnosov še ni.
log-date = Datum
log-partner = Partner
log-title = Naslov
log-channel = Kanal
log-reach = Doseg

# @dissemination (add new dissemination strings below)
log-subtitle = { $count ->
    [one] { $count } vnos v dnevniku
    [two] { $count } vnosa v dnevniku
    [few] { $count } vnosi v dnevniku
   *[other] { $count } vnosov v dnevniku
}
log-target-group = Ciljna skupina
log-participants = Udeleženci
log-activity = Nanaša se na
log-none-shown = Noben vnos ne ustreza filtrom.
log-totals-all = { $count ->
    [one] { $count } vnos
    [two] { $count } vnosa
    [few] { $count } vnosi
   *[other] { $count } vnosov
}
log-totals-shown = { $count ->
    [one] { $count } vnos od { $all }
    [two] { $count } vnosa od { $all }
    [few] { $count } vnosi od { $all }
   *[other] { $count } vnosov od { $all }
}
log-import = Uvozi…
log-filter-all-partners = Vsi partnerji
log-filter-all-channels = Vsi kanali
log-filter-all-groups = Vse ciljne skupine
log-filter-from = Od
log-filter-to = Do
log-filter-text = Išči v naslovih, opombah, povezavah…
log-filter-clear = Počisti filtre
log-form-new = Nov vnos
log-form-editing = Urejanje vnosa
log-form-date = Datum
log-form-language = Jezik
log-form-activity = Aktivnost (A12)
log-form-link = Povezava
log-form-notes = Opombe
log-form-any-group = Brez ciljne skupine
log-form-add = Dodaj vnos
log-form-save = Shrani spremembe
log-form-cancel = Prekliči
log-form-bad-date = »{ $value }« ni datum: napišite 2018-03-15, 15/03/2018 ali 15.03.2018.
log-form-no-partner = Izberite partnerja, ki poroča.
log-form-no-channel = Izberite kanal.
log-form-no-title = Vnosu dajte naslov.
log-form-bad-number = { $field }: »{ $value }« ni celo število.
log-form-bad-language = »{ $value }« ni koda jezika, kot so it, de ali sl.
log-form-unknown-activity = Načrt nima aktivnosti { $value }.
log-form-reports-on = Nanaša se na: { $title }

## Indicators

indicators-empty = Kazalnikov še ni.
indicators-progress = { $actual } od { $target } { $unit }
indicators-percent = { $percent } %

# @indicators (add new indicators strings below)
indicators-new = Nov kazalnik
indicators-period-all = Celoten projekt
indicators-period-short = O{ $number }
indicators-period-range = { $first } – { $last }
indicators-period-note = Doseženo v obdobju { $period }; { $total } v celotnem projektu.
indicators-overall = Cilj in dosežek
indicators-over-time = Skozi čas
indicators-by-partner = Po partnerjih
indicators-partner = Partner
indicators-actual = Doseženo
indicators-target = Cilj
indicators-no-target = brez cilja
indicators-no-partner-figures = Noben partner ni poročal ničesar, kar šteje ta kazalnik, in noben nima cilja.
indicators-chart-target = Cilj { $target }
indicators-chart-today = Danes
indicators-chart-point = { $date }: { $value }
indicators-counts-everything = Šteje vsak vnos v dnevnik
indicators-counts-only = Šteje samo: { $what }
indicators-edit = Uredi
indicators-delete = Izbriši
indicators-delete-question = Izbrišem kazalnik { $code }? Ctrl+Z ga vrne.
indicators-delete-confirm = Izbriši kazalnik
indicators-editor-edit = Uredi kazalnik
indicators-editor-new = Nov kazalnik
indicators-field-code = Oznaka
indicators-field-name = Ime
indicators-field-unit = Enota
indicators-field-measure = Sešteva
indicators-field-target = Skupni cilj
indicators-field-channels = Kanali
indicators-field-kinds = Vrste dejavnosti
indicators-field-groups = Ciljne skupine
indicators-code-placeholder = C.1
indicators-name-placeholder = Kaj meri
indicators-unit-placeholder = udeleženci, izvodi, objave
indicators-section-counts = Kaj šteje
indicators-counts-hint = Štejejo le vnosi v dnevnik, ki ustrezajo vsaki izbrani skupini; skupina brez izbire sprejme vsak vnos.
indicators-section-partner-targets = Cilji partnerjev
indicators-partner-targets-hint = Pri partnerju brez lastnega cilja pustite polje prazno.
indicators-save = Shrani
indicators-cancel = Prekliči
indicators-error-code-required = Oznaka je obvezna.
indicators-error-code-taken = Drug kazalnik že ima oznako { $code }.
indicators-error-name-required = Ime je obvezno.
indicators-error-whole-number = Vnesite celo število, na primer 250.

## Partners

partners-empty = Partnerjev še ni: prvega dodajte zgoraj.
partners-count = { $count ->
    [1] En partner
    [one] Partnerji in opazovalci: { $count }
    [two] Partnerji in opazovalci: { $count }
    [few] Partnerji in opazovalci: { $count }
   *[other] Partnerji in opazovalci: { $count }
}
partners-new = Dodaj partnerja
partners-id = ID
partners-name = Ime
partners-country = Država
partners-role = Vloga
partners-contact = Kontakt
partners-id-placeholder = ID (VEN)
partners-name-placeholder = Polno ime
partners-country-placeholder = IT
partners-email-placeholder = kontaktni e-naslov
partners-add = Dodaj

# @partners (add new partners strings below)
partners-tab-partners = Partnerji
partners-tab-work-packages = Delovni sklopi
partners-wp-count = { $count ->
    [1] En delovni sklop
    [one] { $count } delovni sklop
    [two] { $count } delovna sklopa
    [few] { $count } delovni sklopi
   *[other] { $count } delovnih sklopov
}
partners-edit = Uredi { $name }
partners-save = Shrani
partners-cancel = Prekliči
partners-short-name-placeholder = Kratko ime
partners-contact-placeholder = Kontaktna oseba
partners-languages-placeholder = sl, en
partners-languages = Jeziki
partners-owes = Dolguje
partners-overdue = { $count ->
    [one] { $count } zamuja
    [two] { $count } zamujata
    [few] { $count } zamujajo
   *[other] { $count } zamuja
}
partners-open = { $count ->
    [one] { $count } odprt
    [two] { $count } odprta
    [few] { $count } odprti
   *[other] { $count } odprtih
}
partners-owes-heading = Kaj ta partner dolguje
partners-owes-nothing = Nič odprtega: vsi dosežki, ki jih nosi, so oddani.
partners-owes-more = …in še { $count }
partners-show-deliverables = Prikaži med dosežki
partners-cannot-remove = { $id } še ni mogoče odstraniti
partners-reassign-to = Vse predaj partnerju
partners-pick-heir = Izberite partnerja
partners-reassign = Predaj in odstrani { $id }
partners-keep = Obdrži
partners-wp-empty = Delovnih sklopov še ni: prvega dodajte zgoraj.
partners-wp-pick = Izberite delovni sklop, da vidite njegove dosežke in aktivnosti.
partners-wp-id-placeholder = Id (WP C)
partners-wp-title-placeholder = Naslov
partners-wp-lead = Nosilni partner
partners-wp-add = Dodaj
partners-wp-new = Dodaj delovni sklop
partners-wp-edit = Uredi { $id }
partners-wp-counts = { $deliverables ->
    [one] { $deliverables } dosežek
    [two] { $deliverables } dosežka
    [few] { $deliverables } dosežki
   *[other] { $deliverables } dosežkov
} · { $activities ->
    [one] { $activities } aktivnost
    [two] { $activities } aktivnosti
    [few] { $activities } aktivnosti
   *[other] { $activities } aktivnosti
}
partners-wp-deliverables = Dosežki sklopa { $id }
partners-wp-activities = Aktivnosti sklopa { $id }
partners-wp-no-deliverables = V tem delovnem sklopu ni dosežkov.
partners-wp-no-activities = V tem delovnem sklopu ni aktivnosti.
partners-short-name = Kratko ime
partners-email = E-pošta
partners-color = Barva

## Settings

settings-appearance = Videz in jezik
settings-theme-system = Kot v sistemu
settings-theme-light = Svetla
settings-theme-dark = Temna
settings-language = Jezik
settings-places = Kje so shranjeni vaši podatki
settings-data-folder = Mapa s podatki
settings-backups-folder = Varnostne kopije
settings-settings-file = Datoteka z nastavitvami
settings-log-file = Dnevniška datoteka
settings-plan-file = Ta načrt

## Window, toolbar and status

app-name = CommPlan
window-title = { $plan } — CommPlan
window-title-read-only = {" "}(samo za branje)
toolbar-new = Nov
toolbar-new-hint = Ustvari prazen načrt (Ctrl+N)
toolbar-open = Odpri
toolbar-open-hint = Odpri datoteko z načrtom (Ctrl+O)
toolbar-recent = Nedavni načrti
toolbar-save-as = Shrani kot …
toolbar-save-as-hint = Shrani kopijo pod drugim imenom in nadaljuj delo v njej (Ctrl+Shift+S)
toolbar-undo-what = Razveljavi: { $what } (Ctrl+Z)
toolbar-undo-nothing = Ničesar ni mogoče razveljaviti
toolbar-redo-what = Uveljavi: { $what } (Ctrl+Shift+Z)
toolbar-redo-nothing = Ničesar ni mogoče uveljaviti
status-opening = Odpiranje …
status-saving = Shranjevanje …
status-save-failed = Ni shranjeno
status-read-only = Samo za branje
status-unsaved = Neshranjene spremembe
status-saved = Vse spremembe so shranjene
read-only-elsewhere = Ta načrt je odprt v drugem oknu programa CommPlan, zato je tukaj samo za branje. Z ukazom „Shrani kot“ nadaljujte delo v kopiji.
read-only-cannot-lock = Ta načrt je tukaj samo za branje: { $reason }. Z ukazom „Shrani kot“ nadaljujte delo v kopiji.
read-only-no-file = Noben načrt ni odprt. Ustvarite nov načrt ali odprite obstoječega.

## Notices

notice-saved-as = Shranjeno kot { $path }; zdaj delate v tej datoteki.
notice-save-failed = { $reason } Vaše spremembe ostanejo v tem oknu; z ukazom „Shrani kot“ jih shranite drugam.
notice-restored = Varnostna kopija je odprta. Poškodovana datoteka je ohranjena kot { $aside }.
notice-restore-failed = Varnostna kopija ni bila odprta, ker poškodovane datoteke ni bilo mogoče umakniti: { $reason }

## Dialogs

dialog-new-title = Ustvari nov načrt
dialog-open-title = Odpri načrt
dialog-save-as-title = Shrani načrt kot
file-filter-plans = Načrti CommPlan
dialog-dismiss = Zapri
dialog-cancel = Prekliči
dialog-open-another = Odpri drug načrt …
dialog-unreadable-title = Tega načrta ni mogoče odpreti
dialog-unreadable-untouched = Datoteka je ostala popolnoma nespremenjena.
dialog-backup-offer = Najnovejša nepoškodovana varnostna kopija je z dne { $when } (aktivnosti: { $activities }). Če jo odprete, poškodovana datoteka ostane poleg nje pod drugim imenom.
dialog-no-backup = Za ta načrt ni varnostne kopije, ki bi jo lahko obnovili.
dialog-restore = Odpri varnostno kopijo
dialog-close-failed-title = Vaših sprememb ni bilo mogoče shraniti
dialog-close-failed-hint = Shranite jih drugam ali pa zaprite program in izgubite spremembe od zadnjega shranjevanja.
dialog-quit-anyway = Zapri brez shranjevanja
dialog-path-hint = { $what ->
        [folder] Vnesite celotno pot do mape
        [export] Vnesite celotno pot do datoteke, ki jo želite zapisati
        [csv] Vnesite celotno pot do preglednice (XLSX, XLS, ODS ali CSV)
       *[plan] Vnesite celotno pot do datoteke z načrtom
    } (sistemsko pogovorno okno za datoteke tu ni na voljo).
dialog-path-save = Shrani
dialog-path-need-file = Vnesite pot do datoteke, ne do mape.
dialog-path-need-folder = Vnesite pot do obstoječe mape.
dialog-path-missing = Na tej poti ni datoteke.
dialog-path-no-folder = Mapa na tej poti ne obstaja.

## Command line

cli-no-data-folder = Domače mape za privzeti načrt ni bilo mogoče najti; načrt navedite z --plan FILE.
cli-exists = { $path } že obstaja; za zamenjavo uporabite --force.
cli-written = Zapisano: { $path }
cli-check-ok = { $path }: načrt je veljaven (aktivnosti: { $activities }, dosežki: { $deliverables }, vnosi v dnevnik: { $entries }).
cli-summary-dates = Poteka od { $start } do { $end }
cli-summary-partners = { $count ->
    [1] En partner
    [one] { $count } partner
    [two] { $count } partnerja
    [few] { $count } partnerji
   *[other] { $count } partnerjev
}
cli-summary-activities = { $count ->
    [1] Ena aktivnost
    [one] { $count } aktivnost
    [two] { $count } aktivnosti
    [few] { $count } aktivnosti
   *[other] { $count } aktivnosti
}
cli-summary-deliverables = { $count ->
    [1] En dosežek
    [one] { $count } dosežek
    [two] { $count } dosežka
    [few] { $count } dosežki
   *[other] { $count } dosežkov
}
cli-summary-entries = { $count ->
    [1] En vnos v dnevnik diseminacije
    [one] { $count } vnos v dnevnik diseminacije
    [two] { $count } vnosa v dnevnik diseminacije
    [few] { $count } vnosi v dnevnik diseminacije
   *[other] { $count } vnosov v dnevnik diseminacije
}
cli-summary-next = Naslednji roki:
cli-summary-none = ni jih: vsi dosežki z rokom od danes naprej so že oddani ali pa takih dosežkov ni.
cli-gui-failed = Okna ni bilo mogoče odpreti: { $reason }

# @cli (add new cli strings below)
cli-import-no-partner = Načrt nima partnerja „{ $id }“.
cli-import-ignored-column = stolpec „{ $column }“ ni med stolpci, ki jih CommPlan bere, zato je bil prezrt.
cli-import-dry-run = Poskusni zagon, nič ni bilo spremenjeno. Za dodajanje: { $added }, za preskok: { $skipped } (že v dnevniku ali ponovljeno v datoteki), zavrnjeno: { $rejected }.
cli-import-done = { $path }: { $added ->
    [1] dodan en vnos
    [one] dodan { $added } vnos
    [two] dodana { $added } vnosa
    [few] dodani { $added } vnosi
   *[other] dodanih { $added } vnosov
}, preskočeno: { $skipped } (že v dnevniku ali ponovljeno v datoteki), zavrnjeno: { $rejected }.
cli-import-some-rejected = { $count ->
    [1] Ena vrstica je bila zavrnjena
    [one] { $count } vrstica je bila zavrnjena
    [two] { $count } vrstici sta bili zavrnjeni
    [few] { $count } vrstice so bile zavrnjene
   *[other] { $count } vrstic je bilo zavrnjenih
}; { $count ->
    [one] popravite jo
    [two] popravite ju
    [few] popravite jih
   *[other] popravite jih
} v datoteki in datoteko znova uvozite (že uvožene vrstice bodo preskočene).
cli-import-plan-open = { $path } je odprt v programu CommPlan; uvozite tam (Diseminacija → Uvoz) ali ga najprej zaprite.
cli-no-such-plan = { $path }: takšna datoteka z načrtom (ali ukaz) ne obstaja. Glejte `commplan --help`.
cli-no-display = Grafične seje ni bilo mogoče najti (DISPLAY in WAYLAND_DISPLAY nista nastavljena), zato okna ni mogoče odpreti. Ukazi new, check in summary delujejo tudi brez nje; glejte `commplan --help`.
cli-export-bad-date = „{ $text }“ ni datum; zapišite ga kot LLLL-MM-DD, DD/MM/LLLL ali DD.MM.LLLL, npr. 2017-06-29.
cli-export-bad-time = „{ $text }“ ni čas (npr. 2017-06-29T10:00:00Z).
cli-export-bad-table = „{ $text }“ ni tabela; uporabite activities, deliverables, dissemination ali partners.
cli-export-bad-separator = „{ $text }“ ne more ločevati polj; uporabite „,“, „;“, „|“ ali tabulator.
cli-export-stdout-failed = Na standardni izhod ni bilo mogoče pisati: { $reason }

## Exports

# @exports (add new exports strings below)
export-keys-hint = Tab: naslednja možnost · puščice: spremeni · preslednica: preklopi · Enter: izvozi

export-error-unknown-partner = V tem načrtu ni partnerja „{ $id }“.
export-error-empty-range = Časovno obdobje se konča ({ $to }), preden se začne ({ $from }).
export-calendar-name = { $project }
export-calendar-name-partner = { $project } — { $partner }
export-responsible = Odgovorni partner: { $partner }
export-contributors = Sodelujejo: { $partners }
export-work-package = Delovni sklop: { $work_package }
export-channel = Kanal: { $channel }
export-registration = Prijava: { $link }
export-online = Na spletu: { $link }
export-lead = Nosilec: { $partner }
export-deliverable-status = Stanje: { $status }
export-deadline-summary = Rok { $code }: { $title }
export-deadline-description = Dosežek { $code } delovnega sklopa { $work_package } je treba oddati.
export-category-deadline = Rok
export-html-title-plan = { $project }: časovni načrt komuniciranja
export-html-title-partner = { $project }: časovni načrt za partnerja { $partner }
export-html-runs = Projekt traja od { $start } do { $end }
export-html-covers = ta časovni načrt zajema obdobje od { $start } do { $end }
export-html-generated = ustvarjeno { $date }
export-html-footer = Izdelano s programom CommPlan za projekt { $project }. O vsaki spremembi obvestite vodjo komuniciranja.
export-html-contacts = Kontakti
export-html-partner = Partner
export-html-role = Vloga
export-html-contact = Kontakt
export-html-deliverables = Dosežki
export-html-deliverables-owed = Dosežki, ki jih morate oddati
export-html-no-deliverables = V tem obdobju ni rokov za oddajo dosežkov.
export-html-code = Koda
export-html-title = Naslov
export-html-due = Rok
export-html-lead = Nosilec
export-html-status = Stanje
export-html-schedule = Časovni načrt
export-html-nothing-planned = V tem obdobju ni nič načrtovano.
export-html-date = Datum
export-html-time-heading = Čas
export-html-what = Kaj
export-html-who = Kdo
export-html-where = Kje
export-html-range = od { $start } do { $end }
export-html-all-day = Ves dan
export-html-time = { $start }–{ $end } ({ $zone })
export-html-with = sodelujejo: { $partners }
export-html-registration = Prijava:
export-html-deadline = Rok
toolbar-export = Izvozi …
toolbar-export-hint = Za partnerje izvozi koledar, tabelo ali časovni načrt za tisk
export-dialog-title = Izvoz za partnerje
export-field-format = Oblika
export-field-partner = Partner
export-field-dates = Datumi
export-field-language = Jezik
export-field-table = Tabela
export-field-separator = Ločilo
export-format-ics = Koledar (.ics)
export-format-csv = Tabela (.csv)
export-format-html = Stran za tisk (.html)
export-format-ics-hint = Za Thunderbird, Koledar GNOME, Evolution, Outlook in Google Koledar. Uvoz novejšega izvoza posodobi dogodke.
export-format-csv-hint = Za preglednice: ena vrstica z glavo, glave in vrednosti v izbranem jeziku, datumi v obliki LLLL-MM-DD.
export-format-html-hint = Ena datoteka, ki jo odprete v brskalniku in natisnete na A4, po ena stran za vsak mesec.
export-html-print-hint = Stran vsebuje časovni načrt po mesecih, dosežke, ki jih morate oddati, in kontakte.
export-all-partners = Celoten načrt (vsi partnerji)
export-date-placeholder = LLLL-MM-DD
export-dates-hint = Prazno: celoten projekt
export-option-deadlines = Dodaj roke za dosežke kot celodnevne dogodke
export-option-reminder = Opomnik { $days } { $days ->
    [one] dan
    [two] dneva
    [few] dni
   *[other] dni
} pred vsakim odprtim rokom
export-option-utc = Zapiši čase v UTC (za koledarje, ki ne obravnavajo časovnih pasov pravilno)
export-option-bom = Oznaka vrstnega reda bajtov (BOM), da Excel pravilno prebere šumnike
export-separator-comma = Vejica ,
export-separator-semicolon = Podpičje ; (Excel v slovenščini, italijanščini, nemščini, francoščini)
export-table-activities = Aktivnosti
export-table-deliverables = Dosežki
export-table-dissemination = Dnevnik diseminacije
export-table-partners = Partnerji
export-every-partner = { $count ->
    [1] Izvozi za partnerja …
    [one] Izvozi za vsakega partnerja ({ $count }) …
    [two] Izvozi za vsakega partnerja ({ $count }) …
    [few] Izvozi za vsakega partnerja ({ $count }) …
   *[other] Izvozi za vsakega partnerja ({ $count }) …
}
export-save = Izvozi …
export-busy = Izvažanje …
export-dialog-save-title = Izvozi v
export-dialog-folder-title = Izberite mapo za po eno datoteko na partnerja
export-dialog-write = Izvozi
export-filter-ics = Koledarske datoteke
export-filter-csv = Tabele CSV
export-filter-html = Spletne strani
export-dialog-bad-date = „{ $text }“ ni datum; zapišite ga kot LLLL-MM-DD, DD/MM/LLLL ali DD.MM.LLLL, npr. 2017-06-29.
export-notice-file = Izvoženo v { $path }
export-notice-folder = { $count ->
    [1] V { $folder } je zapisana ena datoteka
    [one] V { $folder } je zapisana { $count } datoteka
    [two] V { $folder } sta zapisani { $count } datoteki
    [few] V { $folder } so zapisane { $count } datoteke
   *[other] V { $folder } je zapisanih { $count } datotek
}

## Import

# @import (add new import strings below)
import-choose-title = Izberite dnevnik partnerja (XLSX, XLS, ODS ali CSV) za uvoz
import-read = Preberi
import-title = Uvoz dnevnika razširjanja
import-reading = Branje { $file }…
import-unreadable = Datoteke ni mogoče prebrati: { $reason }
import-read-as = Prebrano kot { $encoding }, ločeno z { $separator }.
import-separator-tab = tabulatorji
import-partner = Partner vsake vrstice:
import-partner-from-file = Iz stolpca partnerja v datoteki
import-to-add = { $count ->
    [one] { $count } vrstica za dodajanje
    [two] { $count } vrstici za dodajanje
    [few] { $count } vrstice za dodajanje
   *[other] { $count } vrstic za dodajanje
}
import-to-skip = { $count ->
    [one] { $count } že v dnevniku
    [two] { $count } že v dnevniku
    [few] { $count } že v dnevniku
   *[other] { $count } že v dnevniku
}
import-to-reject = { $count ->
    [one] { $count } zavrnjena
    [two] { $count } zavrnjeni
    [few] { $count } zavrnjene
   *[other] { $count } zavrnjenih
}
import-ignored = Neprebrani stolpci: { $columns }
import-rejected-heading = Zavrnjene vrstice
import-added-heading = Vrstice za dodajanje
import-line = Vrstica { $line }
import-more-rows = …in še { $count }.
import-confirm = { $count ->
    [0] Ničesar za uvoz
    [one] Uvozi { $count } vrstico
    [two] Uvozi { $count } vrstici
    [few] Uvozi { $count } vrstice
   *[other] Uvozi { $count } vrstic
}
import-done = { $file }: { $added ->
    [one] dodana { $added } vrstica
    [two] dodani { $added } vrstici
    [few] dodane { $added } vrstice
   *[other] dodanih { $added } vrstic
}, { $skipped } preskočenih (že v dnevniku), { $rejected } zavrnjenih. Razveljavitev prekliče uvoz.
file-filter-csv = Preglednice, shranjene kot CSV
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
import-too-few-columns = število vrednosti v vrstici ({ $found }) je manjše od števila stolpcev v glavi ({ $expected }).
import-too-many-columns = število vrednosti v vrstici ({ $found }) je večje od števila stolpcev v glavi ({ $expected }): je morda ločilo v besedilu, ki ni v narekovajih?
import-missing = manjka stolpec { $column }.
import-bad-date = „{ $text }“ ni datum; zapišite ga kot LLLL-MM-DD, DD/MM/LLLL ali DD.MM.LLLL.
import-bad-number = vrednost „{ $text }“ v stolpcu { $column } ni celo število.
import-negative = vrednost „{ $text }“ v stolpcu { $column } je manjša od nič.
import-unknown-channel = „{ $text }“ ni kanal, ki ga CommPlan pozna (spletna stran, družbena omrežja, e-novice, tisk, dogodek, publikacija, video, e-pošta, drugo).
import-unknown-target-group = „{ $text }“ ni ciljna skupina, ki jo CommPlan pozna.
import-unknown-partner = v načrtu ni partnerja „{ $text }“.
import-bad-activity = „{ $text }“ ni ID aktivnosti (npr. 12 ali A12).
import-unknown-activity = v načrtu ni aktivnosti { $id }.
import-bad-language = „{ $text }“ ni koda jezika (npr. it, de ali sl).
import-file-empty = datoteka nima vrstic.
import-no-header = vrstica { $line } bi morala navajati imena stolpcev (date, partner, channel, title, …), vendar se začne z „{ $first }“.
import-missing-columns = { $count ->
    [one] v datoteki ni stolpca { $columns }.
    [two] v datoteki ni stolpcev { $columns }.
    [few] v datoteki ni stolpcev { $columns }.
   *[other] v datoteki ni stolpcev { $columns }.
}
import-unknown-override = v načrtu ni partnerja „{ $id }“.
import-malformed = vrstice { $line } ni mogoče prebrati kot CSV: { $reason }
template-hint-date = Datum: LLLL-MM-DD, DD/MM/LLLL ali DD.MM.LLLL (obvezno; ta vrstica se pri uvozu prezre)
template-hint-partner = Vaš ID partnerja, npr. VEN (obvezno)
template-hint-channel = Kanal (obvezno): { $words }
template-hint-title = Kaj je bilo izvedeno ali objavljeno (obvezno)
template-hint-target-group = Ciljna skupina, npr. splošna javnost, podjetje, visoko šolstvo
template-hint-reach = Dosežene osebe ali razdeljeni izvodi (celo število)
template-hint-participants = Udeleženci, pri dogodkih (celo število)
template-hint-language = Koda jezika: it, de, fr, sl, en
template-hint-link = Povezava do dokazila (objava, članek, fotografije)
template-hint-notes = Opombe
template-hint-activity = ID aktivnosti iz načrta, če je znan (npr. 12)

## Search

# @search (add new search strings below)
search-placeholder = Iščite dosežke, aktivnosti, partnerje in vnose v dnevnik
search-hint = Vpišite kodo, naslov, partnerja ali kraj.
search-nothing = Nič ne ustreza „{ $query }“.
search-more = { $count ->
    [one] in še { $count }
    [two] in še { $count }
    [few] in še { $count }
   *[other] in še { $count }
}
search-keys = ↑ ↓ za izbiro · Enter za odpiranje · Esc za zapiranje
search-deliverables = Dosežki
search-activities = Aktivnosti
search-partners = Partnerji
search-entries = Vnosi v dnevnik
search-open = Iskanje
search-shortcut = Ctrl+K

## issue 17: project set-up and reporting periods
period-short = O{ $number }
period-range = O{ $number }: { $first } – { $last }
period-error-length = Poročevalsko obdobje { $months } mesecev ni mogoče: navedite od 1 do { $max } mesecev.
period-error-empty = Seznam poročevalskih obdobij je prazen.
period-error-first = Prvo poročevalsko obdobje se mora začeti z začetkom projekta, ne { $date }.
period-error-gap = Poročevalsko obdobje, ki se začne { $date }, ne sledi prejšnjemu (vrzel ali prekrivanje).
period-error-month = Poročevalsko obdobje, ki se začne { $date }, se ne začne z mesecem projekta (obdobja so celi meseci od začetka projekta).
period-error-order = Poročevalsko obdobje se konča { $date }, preden se začne.
period-error-after = Poročevalsko obdobje se konča { $date }, po koncu projekta.
cli-new-needs-name = Ime projekta podajte z --name (in datuma z --start in --end) ali zapišite primer z --sample.
cli-new-sample-or-project = --sample zapiše primer S3-4Alp Clusters takšen, kot je; izpustite --name, --start in druge možnosti projekta ali izpustite --sample.
cli-project-bad-zone = »{ $text }« ni časovni pas; podajte ime IANA, kot je Europe/Ljubljana, ali mesto, kot je Lisbon.
cli-project-name = Ime: { $name }
cli-project-acronym = Kratica: { $acronym }
cli-project-programme = Program: { $programme }
cli-project-lead = Vodilni partner: { $partner }
cli-project-communication-lead = Vodja komuniciranja: { $partner }
cli-project-language = Delovni jezik: { $language }
cli-project-zone = Časovni pas: { $zone }
cli-project-zone-local = pas tega računalnika
cli-project-periods = Poročevalska obdobja:
cli-project-outside = { $count ->
    [one] Opozorilo: en element je zunaj datumov projekta (ostane nespremenjen):
    [two] Opozorilo: { $count } elementa sta zunaj datumov projekta (ostaneta nespremenjena):
    [few] Opozorilo: { $count } elementi so zunaj datumov projekta (ostanejo nespremenjeni):
   *[other] Opozorilo: { $count } elementov je zunaj datumov projekta (ostanejo nespremenjeni):
}
cli-project-plan-open = { $path } je odprt v CommPlanu; projekt spremenite tam (Pregled → Projekt) ali ga najprej zaprite.
project-new-title = Vaš projekt
project-edit-title = Projekt
project-name = Ime
project-acronym = Kratica
project-programme = Program
project-start = Začetek
project-end = Konec
project-date-hint = Datumi kot 2025-10-01, 01/10/2025 ali 01.10.2025.
project-period-months = Poročevalsko obdobje (meseci)
project-first-months = Prvo obdobje (meseci)
project-first-same = enaka dolžina
project-periods-more = { " " }in še { $count }
project-zone = Časovni pas
project-zone-none = Noben časovni pas se ne ujema z »{ $text }«.
project-zone-local = Uporabljen je časovni pas tega računalnika.
project-language = Delovni jezik
project-lead = Vodilni partner
project-communication-lead = Vodja komuniciranja
project-new-leads-later = Nato dodajte partnerje; vodilni partner in vodja komuniciranja se izbereta med njimi (Pregled → Uredi projekt).
project-create = Ustvari…
project-save = Shrani
project-saved = Projekt je shranjen. Urejanje → Razveljavi ga povrne.
project-missing-name = Manjka ime projekta.
project-bad-date = »{ $text }« ni datum; zapišite ga kot 2025-10-01, 01/10/2025 ali 01.10.2025.
project-bad-months = »{ $text }« ni število mesecev.
project-bad-zone = Izberite časovni pas s seznama ali pustite polje prazno (»{ $text }« ni časovni pas).
project-outside = { $count ->
    [one] En element je zunaj teh datumov. Ostane nespremenjen:
    [two] { $count } elementa sta zunaj teh datumov. Ostaneta nespremenjena:
    [few] { $count } elementi so zunaj teh datumov. Ostanejo nespremenjeni:
   *[other] { $count } elementov je zunaj teh datumov. Ostanejo nespremenjeni:
}
project-outside-more = …in še { $count }.
overview-sample-ended = Primer: { $acronym }, končan { $date }
overview-running-period = Projekt poteka: { $period }
overview-edit-project = Uredi projekt…
overview-start-own = Začnite svoj projekt
overview-agenda-ended = Projekt je končan: nič več ni načrtovano.
overview-undelivered = Do konca ni oddano
overview-not-delivered = ni oddano
settings-project = Projekt
settings-project-hint = Ime, datumi, vodje, časovni pas in poročevalska obdobja odprtega načrta.
log-form-outside-warning = Zunaj projekta ({ $start } – { $end }): vnos se ohrani in šteje v prvo ali zadnje obdobje.
log-filter-all-periods = Katero koli obdobje
deliverables-submitted-date = Oddano
deliverables-approved-date = Odobreno
deliverables-error-approved-before = Datum odobritve je pred datumom oddaje.
partners-offer-communication = { $name } ima vlogo vodje komuniciranja. Naj postane vodja komuniciranja projekta?
partners-offer-communication-accept = Naj postane vodja komuniciranja
partners-offer-lead = { $name } ima vlogo vodilnega partnerja. Naj postane vodilni partner projekta?
partners-offer-lead-accept = Naj postane vodilni partner
partners-offer-decline = Ne zdaj

## issue 20: the progress-report pack
report-error-period = Projekt nima poročevalskega obdobja { $number }: ima jih { $count }.
report-error-partner = Načrt nima partnerja »{ $id }«.
report-title = { $project }: poročilo o napredku, { $period }
report-part-activities = Dejavnosti po delovnih sklopih
report-part-not-done = Načrtovano in neizvedeno (odpovedano ali preloženo)
report-part-deliverables = Dosežki z rokom ali oddajo v obdobju
report-part-indicators = Kazalniki
report-part-partners = Prispevek partnerjev
report-part-groups = Dosežene ciljne skupine
report-part-warnings = Za preverjanje pred poročanjem
report-col-code = Oznaka
report-col-title = Naslov
report-col-kind = Vrsta
report-col-date = Datum
report-col-first = Od
report-col-last = Do
report-col-times = Krat
report-col-work-package = Delovni sklop
report-col-responsible = Odgovorni
report-col-contributors = Sodelujoči
report-col-status = Stanje
report-col-notes = Opombe
report-col-due = Rok
report-col-submitted = Oddano
report-col-overdue = Zamuja ob koncu obdobja
report-col-link = Povezava
report-col-unit = Enota
report-col-this-period = To obdobje
report-col-before = Poročano prej
report-col-cumulative = Skupaj
report-col-target = Cilj
report-col-share = Doseženo
report-col-partner = Partner
report-col-activities = Dejavnosti
report-col-entries = Vnosi v dnevnik
report-col-reach = Doseg
report-col-participants = Udeleženci
report-col-group = Ciljna skupina
report-col-warning = Opozorilo
report-yes = da
report-none = V tem obdobju ničesar.
report-no-work-package = Brez delovnega sklopa
report-overdue = zamuja ob koncu obdobja
report-evidence = Dokazila za { $indicator }
report-silent = V tem obdobju brez vnosa v dnevnik: { $partners }.
report-no-warnings = Ničesar za preverjanje.
report-warning-no-evidence = Brez povezave do dokazila: { $entry }
report-warning-no-participants = Dogodek brez udeležencev: { $entry }
report-warning-outside = Datirano zunaj projekta: { $entry }
report-warning-unlinked = { $indicator } šteje dogodke prek njihove dejavnosti: { $count } vnosov njegovih kanalov ne navaja dejavnosti in ostanejo zunaj.
report-dialog-title = Poročilo o napredku
report-period = Poročevalsko obdobje
report-partner = Partner
report-whole-project = Celoten projekt
report-language = Jezik
report-form = Oblika
report-form-html = Stran za tisk (HTML)
report-form-csv = Tabela (CSV)
report-write = Zapiši…
report-save-title = Shrani poročilo o napredku
report-written = Poročilo o napredku je zapisano v { $path }
report-summary = Dejavnosti: { $activities }, dosežki: { $deliverables }, za preverjanje: { $warnings }.
indicators-report = Poročilo o napredku…
## issue 17: recurrence like a calendar client
repeat-day = dan/dni
repeat-year = leto/let
problem-rule-misses-first-day = Ponavljanje ne pade na prvi dan: izberite tudi njegov dan v tednu.
recur-daily = { $every ->
    [1] vsak dan
    [one] vsakih { $every } dni
    [two] vsaka { $every } dneva
    [few] vsake { $every } dni
   *[other] vsakih { $every } dni
}
recur-weekly-on = { $every ->
    [1] vsak teden: { $days }
    [one] vsakih { $every } tednov: { $days }
    [two] vsaka { $every } tedna: { $days }
    [few] vsake { $every } tedne: { $days }
   *[other] vsakih { $every } tednov: { $days }
}
recur-monthly-day = { $every ->
    [1] vsak mesec { $day }. dan
    [one] vsakih { $every } mesecev { $day }. dan
    [two] vsaka { $every } meseca { $day }. dan
    [few] vsake { $every } mesece { $day }. dan
   *[other] vsakih { $every } mesecev { $day }. dan
}
recur-monthly-nth = { $weekday ->
    [wed] vsako { $nth ->
        [first] prvo
        [second] drugo
        [third] tretjo
        [fourth] četrto
        [fifth] peto
       *[last] zadnjo
    } sredo
    [sat] vsako { $nth ->
        [first] prvo
        [second] drugo
        [third] tretjo
        [fourth] četrto
        [fifth] peto
       *[last] zadnjo
    } soboto
    [sun] vsako { $nth ->
        [first] prvo
        [second] drugo
        [third] tretjo
        [fourth] četrto
        [fifth] peto
       *[last] zadnjo
    } nedeljo
   *[rest] vsak { $nth ->
        [first] prvi
        [second] drugi
        [third] tretji
        [fourth] četrti
        [fifth] peti
       *[last] zadnji
    } { $weekday ->
        [mon] ponedeljek
        [tue] torek
        [thu] četrtek
       *[fri] petek
    }
} { $every ->
    [1] v mesecu
    [one] vsakih { $every } mesecev
    [two] vsaka { $every } meseca
    [few] vsake { $every } mesece
   *[other] vsakih { $every } mesecev
}
recur-yearly = { $every ->
    [1] vsako leto { $day }. { $month }
    [one] vsakih { $every } let { $day }. { $month }
    [two] vsaki { $every } leti { $day }. { $month }
    [few] vsaka { $every } leta { $day }. { $month }
   *[other] vsakih { $every } let { $day }. { $month }
}
recur-count = , { $count }-krat
recur-until = , do { $date }
recur-skipped = , izpuščenih: { $count }
recur-moved = , premaknjenih: { $count }
export-repeats = Ponavljanje: { $rule }
editor-repeat-daily = Dnevno
editor-repeat-yearly = Letno
editor-every-n = Vsakih
editor-weekdays = Ob
editor-monthly-on = Kateri dan
editor-ends = Konča se
editor-ends-never = S projektom
editor-ends-on = Na datum
editor-ends-after = Po N ponovitvah
editor-count = Število ponovitev
editor-count-invalid = Vpišite celo število od 1 naprej.
editor-weekday-missing = Izberite tudi dan v tednu prvega dne.
editor-occurrence-title = Ponovitev z dne { $date }
editor-scope-question = Spremembe veljajo za
editor-scope-occurrence = To ponovitev
editor-scope-series = Celotno serijo
editor-scope-note = Pri tej ponovitvi se spremenita le datum in čas.
editor-skip-occurrence = Izpusti to ponovitev
calendar-move-question = Ta postavka se ponavlja: premaknem le to ponovitev ali celotno serijo?
calendar-move-occurrence = To ponovitev
calendar-move-series = Celotno serijo
calendar-move-cancel = Prekliči
## issue 16: the plan on disk is never silently overwritten or lost
save-changed-on-disk = datoteka se je na disku spremenila, odkar je bila prebrana; nič ni bilo zapisano
save-too-large = načrt bi imel { $megabytes } MB, več od dovoljenih { $limit } MB, in ga ne bi bilo mogoče znova odpreti; nič ni bilo zapisano
read-only-file = Ta datoteka načrta je samo za branje (njena dovoljenja ne dopuščajo pisanja), zato je tukaj samo za branje. Z »Shrani kot« nadaljujte v kopiji.
notice-backup-failed = Načrt je bil shranjen, varnostne kopije pred shranjevanjem pa ni bilo mogoče narediti: { $reason }
notice-reloaded = Načrt se je na disku spremenil in je bil znova naložen.
notice-kept-both = Vaša različica je bila shranjena kot { $copy }; okno zdaj kaže datoteko, kakršna je na disku.
notice-applied = Vaše spremembe so bile uveljavljene na datoteki, kakršna je na disku.
notice-apply-failed = Vseh vaših sprememb ni bilo mogoče uveljaviti na datoteki na disku ({ $reason }); nič se ni spremenilo. Raje obdržite obe.
dialog-changed-title = Načrt se je na disku spremenil
dialog-changed-body = Drug program (odjemalec za sinhronizacijo, urejevalnik, drug CommPlan) je spremenil { $path }, medtem ko je imelo to okno neshranjene spremembe. Nič ni bilo prepisano.
dialog-changed-section = { $section }: { $disk } na disku, { $here } v tem oknu
dialog-changed-same-counts = Na vsakem seznamu je enako število elementov; nekateri elementi se razlikujejo.
dialog-changed-apply = Uveljavi moje spremembe na datoteki na disku
dialog-changed-keep-both = Obdrži obe (mojo shrani kot kopijo)
section-partners = Partnerji
section-work-packages = Delovni sklopi
section-activities = Dejavnosti
section-deliverables = Izročki
section-log = Vnosi dnevnika
section-indicators = Kazalniki
cli-export-onto-plan = { $path } je datoteka načrta; izvoz nikoli ne piše čez načrt.
cli-export-exists = { $path } že obstaja; dodajte --force, da jo zamenjate.
export-replace-body = { $path } že obstaja. Jo zamenjam z izvozom?
export-refuse-plan = { $path } je datoteka načrta; izberite drugo ime za izvoz.
import-control-character = kontrolni znak ({ $code }) v celici, ki ga vnos dnevnika ne more vsebovati
import-unclosed-quote = narekovaj, odprt v tej vrstici, ni nikoli zaprt
import-line-too-long = vrstica, daljša od { $limit } znakov
import-column-limit = več kot { $limit } stolpcev
import-input-too-large = prebranih več kot { $megabytes } MB; dnevnik partnerja je manjši
html-expansion-capped = Ponavljajoči se elementi so prikazani do { $date } in največ { $count }-krat vsak.
import-row-limit = več kot { $limit } vrstic; dnevnik partnerja je krajši (razdelite datoteko)
conflict-copy-name = { $name } (spor { $when })
## issue 19: publishing calendars (CalDAV, WebDAV) and exports per partner
export-error-nothing-matched = Ni zadetkov: izbrani partner in datumi nimajo nobene dejavnosti ali roka, zato koledar ni bil zapisan.
publish-error-bad-url = »{ $url }« ni naslov strežnika: začeti se mora s http:// ali https://.
publish-error-unreachable = { $url } ni dosegljiv: { $reason }. Preverite naslov in omrežno povezavo ter ponovno objavite.
publish-error-unauthorized = Strežnik { $url } je zavrnil uporabniško ime ali geslo (401). Preverite oboje; strežniki, kot je Nextcloud, morda zahtevajo geslo za aplikacijo.
publish-error-forbidden = Strežnik temu uporabniku ne dovoli pisanja v { $url } (403): koledar morda pripada drugemu uporabniku. Prosite lastnika za dostop ali izberite drug naslov.
publish-error-quota = Strežnik { $url } nima več prostora (507). Izbrišite stare koledarje ali prosite skrbnika za več prostora ter ponovno objavite.
publish-error-not-calendar = { $url } na strežniku že obstaja, a ni koledar. Tam ga preimenujte ali izbrišite ter ponovno objavite.
publish-error-status = Strežnik je na { $method } { $url } odgovoril { $status }. Ponovna objava popravi, kar je ostalo napol narejeno.
publish-error-bad-answer = Odgovora strežnika na { $method } { $url } ni mogoče prebrati: { $reason }
publish-error-cancelled = Objava je preklicana. Kar je bilo poslano, ostane na strežniku; ponovna objava jo dokonča.
cli-publish-password-prompt = Geslo ali žeton aplikacije za { $user }:
cli-publish-no-password = Ni gesla: nastavite { $var } ali ga podajte na standardnem vhodu.
cli-publish-dry-run = Preizkus: na strežniku ni bilo nič spremenjeno.
cli-publish-line = { $calendar } ({ $language }): ustvarjenih { $created }, posodobljenih { $updated }, izbrisanih { $deleted }, nespremenjenih { $unchanged }
cli-publish-requests = { $total } zahtev ({ $put } PUT, { $delete } DELETE, { $mkcalendar } MKCALENDAR, { $reads } branj) v { $ms } ms
export-html-deliverables-delivered = Že oddano
toolbar-publish = Objavi …
toolbar-publish-hint = Objavi koledar vsakega partnerja na strežniku koledarjev, na katerega se naroči
publish-dialog-title = Objava koledarjev
publish-dialog-hint = Vsak partner dobi koledar v svojem jeziku na vašem strežniku CalDAV (Nextcloud, Radicale …). Ponovna objava pošlje le spremembe.
publish-url-placeholder = https://cloud.example.org/remote.php/dav
publish-field-server = Strežnik
publish-field-user = Uporabnik
publish-field-password = Geslo
publish-remember = Shrani geslo v sistemsko shrambo ključev
publish-webdav = Navadne datoteke .ics v mapo WebDAV
publish-keyring-unavailable = Sistemske shrambe ključev ni mogoče uporabiti ({ $reason }): geslo vpišite vsakič.
publish-field-partners = Partnerji
publish-all-partners = Vsi
publish-whole-plan = Še en koledar s celotnim načrtom
publish-row-done = ustvarjenih { $created } · posodobljenih { $updated } · izbrisanih { $deleted } · nespremenjenih { $unchanged }
publish-row-waiting = Čaka …
publish-summary = koledarjev: { $calendars }, neuspešnih: { $failed } · { $requests } zahtev v { $seconds } s
publish-close = Zapri
publish-busy = Objavljanje …
publish-start = Objavi
## issue 18: spreadsheets

import-at-sheet-row = list »{ $sheet }«, vrstica { $row }
import-ambiguous-date = »{ $text }« je lahko dan/mesec ali mesec/dan in noben datum v stolpcu tega ne pove; izberite vrstni red v predogledu (ali --date-order).
import-workbook-damaged = Delovnega zvezka { $format } ni mogoče prebrati: { $reason }. Nič ni bilo uvoženo.
import-sheet-damaged = Lista »{ $sheet }« delovnega zvezka { $format } ni mogoče prebrati: { $reason }. Nič ni bilo uvoženo.
import-workbook-encrypted = Delovni zvezek je zaščiten z geslom. Shranite ga brez gesla in ga znova uvozite. Nič ni bilo uvoženo.
import-not-a-workbook = To je datoteka { $what }, ne preglednica: CommPlan bere CSV, XLSX, XLS in ODS. Nič ni bilo uvoženo.
import-binary = Ta datoteka ni niti besedilo niti delovni zvezek (CSV, XLSX, XLS, ODS). Nič ni bilo uvoženo.
import-sheet-too-large = List »{ $sheet }« ima več kot { $cells } izpolnjenih celic: prevelik za dnevnik razširjanja. Nič ni bilo uvoženo.
import-unknown-sheet = Delovni zvezek nima lista »{ $sheet }«.
import-in-sheet = List »{ $sheet }«: { $error }
cli-import-bad-order = »{ $text }« ni vrstni red datuma: uporabite dmy (najprej dan) ali mdy (najprej mesec).
cli-import-number-columns = datoteka ima številske stolpce, ki jih CommPlan ne bere: { $columns }. Nič ni bilo uvoženo; preimenujte jih v znan stolpec ali uvozite brez njih z --without-unknown-columns.
import-workbook-truncated = Datoteka { $format } je nepopolna (prekinjena med kopiranjem ali prenosom?). Zaprosite zanjo znova. Nič ni bilo uvoženo.
sheet-column-id = ID
sheet-column-title = Naslov
sheet-column-kind = Vrsta
sheet-column-status = Stanje
sheet-column-responsible = Odgovorni partner
sheet-column-contributors = Sodelujoči
sheet-column-work-package = Delovni sklop
sheet-column-start-date = Datum začetka
sheet-column-end-date = Datum konca
sheet-column-start-time = Ura začetka
sheet-column-end-time = Ura konca
sheet-column-time-zone = Časovni pas
sheet-column-repeat-every = Ponovi vsakih
sheet-column-repeat-unit = Enota ponavljanja
sheet-column-repeat-until = Ponavljaj do
sheet-column-venue = Prizorišče
sheet-column-city = Mesto
sheet-column-country = Država
sheet-column-online = Spletna povezava
sheet-column-channel = Kanal
sheet-column-target-groups = Ciljne skupine
sheet-column-languages = Jeziki
sheet-column-registration = Prijava
sheet-column-campaign = Kampanja
sheet-column-notes = Opombe
sheet-column-sequence = Revizija
sheet-column-modified = Spremenjeno
sheet-column-code = Oznaka
sheet-column-lead = Vodilni partner
sheet-column-due = Rok
sheet-column-submitted = Oddano
sheet-column-link = Povezava
sheet-column-date = Datum
sheet-column-partner = Partner
sheet-column-target-group = Ciljna skupina
sheet-column-reach = Doseg
sheet-column-participants = Udeleženci
sheet-column-language = Jezik
sheet-column-activity = Aktivnost
sheet-column-name = Ime
sheet-column-short-name = Kratko ime
sheet-column-role = Vloga
sheet-column-contact-name = Kontaktna oseba
sheet-column-contact-email = Kontaktni e-naslov
sheet-column-color = Barva
sheet-column-indicator = Kazalnik
sheet-column-unit = Enota
sheet-column-period = Obdobje
sheet-column-from = Od
sheet-column-to = Do
sheet-column-actual = Doseženo
sheet-column-cumulative = Skupaj do zdaj
sheet-column-target = Cilj
sheet-column-progress = Napredek
export-error-workbook = Delovnega zvezka ni bilo mogoče zapisati: { $reason }
sheet-title-activities = Aktivnosti
sheet-title-deliverables = Izdelki
sheet-title-dissemination = Dnevnik razširjanja
sheet-title-partners = Partnerji
sheet-title-indicators-by-period = Kazalniki po obdobjih
sheet-title-indicators-by-partner = Kazalniki po partnerjih
file-filter-spreadsheets = Preglednice (XLSX, XLS, ODS, CSV)
import-read-as-workbook = Prebrano kot delovni zvezek { $format } (listov: { $sheets })
import-sheet = List
import-order-day-first = Najprej dan (3/4 = 3. april)
import-order-month-first = Najprej mesec (3/4 = 4. marec)
import-date-order = Datumi so lahko dan/mesec ali mesec/dan:
import-date-order-choose = Izberite vrstni red
import-without-number-columns = Uvozi brez številskih stolpcev, ki jih CommPlan ne bere: { $columns }
import-unknown-words = Besede, ki jih CommPlan ne pozna: vsako preslikajte enkrat za celo datoteko
import-unknown-word = »{ $word }« (vrstic: { $rows })
import-map-to = pomeni…
export-table-indicators-by-period = Kazalniki po obdobjih
export-table-indicators-by-partner = Kazalniki po partnerjih
export-format-xlsx = Excel (XLSX)
export-format-xlsx-hint = Delovni zvezek za Excel in LibreOffice v izbranem jeziku: datumi in števila kot taki, zamrznjena glava, vklopljeni filtri.
export-option-template = Prazna predloga dnevnika razširjanja za partnerje (spustni seznami; zgoraj izbrani partner že vpisan)
export-filter-xlsx = Delovni zvezki Excel
cli-import-sheet = list »{ $sheet }«, glava v vrstici { $row }
import-rejected-reason-column = Zakaj ta vrstica ni bila uvožena
import-save-rejected = Shrani zavrnjene vrstice za partnerja …
import-correct = Popravite { $column }, Enter
sheet-column-repeat-weekdays = Ponavlja se ob
sheet-column-repeat-nth = Teden v mesecu
sheet-column-repeat-count = Krat
sheet-column-repeat-skipped = Izpuščeno
sheet-column-repeat-moved = Premaknjeno
## issue 15: a calendar and editors you can trust with a mouse
calendar-drag-to = na { $when }
calendar-selection-hint = Kliknite element, da ga izberete, povlecite ga, da ga premaknete, dvokliknite, da ga uredite.
leave-title = Shranim spremembe, preden nadaljujete?
leave-text = { $screens }: vneseno še ni shranjeno.
leave-save = Shrani
leave-discard = Zavrzi spremembe
leave-stay = Nazaj
problem-empty-partner-id = Manjka oznaka partnerja (na primer VEN ali P01).
problem-empty-country = Manjka država: vpišite dvočrkovno kodo, na primer IT ali AT.
calendar-campaign-delete-title = Izbrišem kampanjo »{ $title }«?
calendar-campaign-delete-items = { $count ->
    [one] Ima en element:
    [two] Ima { $count } elementa:
    [few] Ima { $count } elemente:
   *[other] Ima { $count } elementov:
}
calendar-campaign-more = in še { $count }
calendar-campaign-cancel = Prekliči
calendar-campaign-keep = { $count ->
    [one] Obdrži element, brez kampanje
    [two] Obdrži elementa, brez kampanje
    [few] Obdrži elemente, brez kampanje
   *[other] Obdrži elemente, brez kampanje
}
calendar-campaign-delete-all = { $count ->
    [one] Izbriši tudi tega
    [two] Izbriši tudi oba
    [few] Izbriši tudi vse { $count }
   *[other] Izbriši tudi vseh { $count }
}
log-form-activity-search = Aktivnost: vpišite naslov za iskanje
log-form-activity-found = Poroča o:
log-form-pick-activity = Izberite aktivnost med najdenimi po naslovu ali izpraznite polje.
report-form-xlsx = Delovni zvezek (XLSX)

## issue 17e: the activity editor's dates, times and zones
editor-close = Zapri
editor-read-only-note = Načrt je tukaj odprt samo za branje: lahko ga gledate, ne spreminjate.
editor-time-none = Noben čas s seznama se ne začne tako; zapišite ga kot 10:30.
editor-read-title = Dejavnost (samo za branje)
calendar-show = Prikaži
## issue 15: forms (an empty date is named as missing)
log-form-no-date = Manjka datum: napišite 2018-03-15, 15/03/2018 ali 15.03.2018.
## issue 17: foreign zones, date pickers and long titles
# isti čas v pasu projekta in v pasu postavke: "10:00 Rome · 09:00 Lisbon"
calendar-in-two-zones = { $here } { $here_zone } · { $there } { $there_zone }
## issue 18: forgetting the words remembered from a partner's imports
partners-mappings-title = Besede, zapomnjene iz datotek tega partnerja
partners-mappings-hint = Ko pri uvozu besedo, ki je CommPlan ne pozna, povežete z znano vrednostjo, se izbira ohrani za partnerjevo naslednjo datoteko. Shranjeno v nastavitvah tega računalnika, ne v načrtu: pozabe besede ni mogoče razveljaviti, naslednji uvoz pa bo znova vprašal zanjo.
partners-mappings-none = Zapomnjenih besed še ni.
partners-mappings-word = { $vocab }: »{ $word }« → { $value }
partners-mappings-forget = Pozabi »{ $word }«
partners-mappings-forgotten = »{ $word }« pozabljena: partnerjev naslednji uvoz bo znova vprašal zanjo.

## issue 17z: countries
zone-search-placeholder = Poiščite mesto ali državo: Lisbon, Portugalska, PT…
zone-search-none = Noben časovni pas se ne ujema z »{ $value }«: poskusite mesto ali državo, npr. Lisbon ali Portugalska.
country-AD = Andora
country-AE = Združeni arabski emirati
country-AL = Albanija
country-AM = Armenija
country-AR = Argentina
country-AT = Avstrija
country-AU = Avstralija
country-AX = Ålandski otoki
country-AZ = Azerbajdžan
country-BA = Bosna in Hercegovina
country-BE = Belgija
country-BG = Bolgarija
country-BR = Brazilija
country-BY = Belorusija
country-CA = Kanada
country-CH = Švica
country-CL = Čile
country-CN = Kitajska
country-CO = Kolumbija
country-CY = Ciper
country-CZ = Češka
country-DE = Nemčija
country-DK = Danska
country-EE = Estonija
country-EG = Egipt
country-ES = Španija
country-FI = Finska
country-FO = Ferski otoki
country-FR = Francija
country-GB = Združeno kraljestvo
country-GE = Gruzija
country-GG = Guernsey
country-GI = Gibraltar
country-GR = Grčija
country-HK = Hongkong
country-HR = Hrvaška
country-HU = Madžarska
country-ID = Indonezija
country-IE = Irska
country-IL = Izrael
country-IM = Otok Man
country-IN = Indija
country-IR = Iran
country-IS = Islandija
country-IT = Italija
country-JE = Jersey
country-JP = Japonska
country-KE = Kenija
country-KR = Južna Koreja
country-KZ = Kazahstan
country-LI = Lihtenštajn
country-LT = Litva
country-LU = Luksemburg
country-LV = Latvija
country-MA = Maroko
country-MC = Monako
country-MD = Moldavija
country-ME = Črna gora
country-MK = Severna Makedonija
country-MT = Malta
country-MX = Mehika
country-MY = Malezija
country-NG = Nigerija
country-NL = Nizozemska
country-NO = Norveška
country-NZ = Nova Zelandija
country-PE = Peru
country-PH = Filipini
country-PK = Pakistan
country-PL = Poljska
country-PT = Portugalska
country-QA = Katar
country-RO = Romunija
country-RS = Srbija
country-RU = Rusija
country-SA = Savdska Arabija
country-SE = Švedska
country-SG = Singapur
country-SI = Slovenija
country-SJ = Svalbard in Jan Mayen
country-SK = Slovaška
country-SM = San Marino
country-TH = Tajska
country-TN = Tunizija
country-TR = Turčija
country-TW = Tajvan
country-UA = Ukrajina
country-US = Združene države Amerike
country-VA = Vatikan
country-VN = Vietnam
country-ZA = Južna Afrika
