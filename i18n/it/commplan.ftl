# CommPlan — testi in italiano.

## Vocabularies

kind-event = Evento
kind-workshop = Workshop
kind-conference = Conferenza
kind-webinar = Webinar
kind-newsletter = Newsletter
kind-press-release = Comunicato stampa
kind-social-post = Post sui social media
kind-publication = Pubblicazione
kind-video = Video
kind-website-update = Aggiornamento del sito web
kind-campaign = Campagna
kind-other = Altro

status-idea = Idea
status-planned = Pianificata
status-in-preparation = In preparazione
status-confirmed = Confermata
status-done = Conclusa
status-cancelled = Annullata

role-lead-partner = Capofila
role-communication-lead = Responsabile della comunicazione
role-partner = Partner
role-observer = Osservatore

deliverable-status-not-started = Non iniziato
deliverable-status-in-progress = In corso
deliverable-status-in-review = In revisione
deliverable-status-submitted = Consegnato
deliverable-status-approved = Approvato

channel-website = Sito web
channel-social-media = Social media
channel-newsletter = Newsletter
channel-press = Stampa e media
channel-event = Evento
channel-publication = Pubblicazione
channel-video = Video
channel-email = E-mail
channel-other = Altro

target-local-authority = Autorità pubblica locale
target-regional-authority = Autorità pubblica regionale
target-national-authority = Autorità pubblica nazionale
target-sectoral-agency = Agenzia settoriale
target-service-provider = Fornitore di infrastrutture e servizi (pubblici)
target-interest-groups = Gruppi di interesse, incluse le ONG
target-higher-education = Istruzione superiore e ricerca
target-education-centre = Centro di istruzione/formazione e scuola
target-enterprise = Impresa e PMI
target-business-support = Organizzazione di supporto alle imprese
target-eeig = GEIE e GECT
target-international-organisation = Organizzazione internazionale
target-general-public = Grande pubblico

measure-entries = Numero di voci
measure-reach = Persone raggiunte
measure-participants = Partecipanti

repeat-week = settimana/e
repeat-month = mese/i

## What an edit or a finding is about

subject-project = Progetto
subject-partner = Partner
subject-work-package = Work package
subject-activity = Attività
subject-deliverable = Deliverable
subject-entry = Voce del registro
subject-indicator = Indicatore

## Refused edits

error-duplicate-id = { $subject } «{ $id }»: esiste già.
error-not-found = { $subject } «{ $id }»: non esiste.
error-unknown-partner = Non esiste alcun partner «{ $id }».
error-unknown-work-package = Non esiste alcun work package «{ $id }».
error-unknown-activity = Non esiste alcuna attività { $id }.
error-in-use = { $subject } «{ $id }»: ancora in uso ({ $uses }).

uses-project = il progetto stesso
uses-work-packages = { $count ->
    [one] un work package
   *[other] { $count } work package
}
uses-activities = { $count ->
    [one] un’attività
   *[other] { $count } attività
}
uses-deliverables = { $count ->
    [one] un deliverable
   *[other] { $count } deliverable
}
uses-entries = { $count ->
    [one] una voce del registro
   *[other] { $count } voci del registro
}
uses-indicators = { $count ->
    [one] un valore obiettivo di indicatore
   *[other] { $count } valori obiettivo di indicatori
}

problem-empty-title = Manca il titolo.
problem-empty-name = Manca il nome.
problem-end-before-start = La fine precede l’inizio.
problem-project-end-before-start = Il progetto termina prima di iniziare.
problem-bad-partner-id = «{ $id }» non è un id partner valido: usare al massimo 16 lettere, cifre, «-», «_» o «.», senza spazi.
problem-bad-country = «{ $code }» non è un codice paese di due lettere come IT o AT.
problem-bad-language = «{ $code }» non è un codice lingua come it, de o sl.
problem-duplicate-code = Un altro deliverable ha già il codice «{ $code }».
problem-campaign-is-itself = Un’attività non può appartenere a sé stessa.
problem-campaign-not-a-campaign = L’attività { $id } fa già parte di una campagna, quindi non può contenere altri elementi.
problem-date-out-of-range = La data { $date } non è compresa tra gli anni 1900 e 2999.
problem-bad-recurrence = La ripetizione richiede un intervallo di almeno 1 e una fine successiva all’inizio.

## Checking a plan

check-error = errore
check-warning = avviso
check-duplicate-id = un altro elemento più sopra ha lo stesso id.
check-outside-project = «{ $title }» è al di fuori delle date del progetto.

## Loading and saving

load-not-found = il file non esiste.
load-io = impossibile leggere il file: { $reason }
load-too-large = il file è di { $megabytes } MB, più dei { $limit } MB consentiti per un piano.
load-not-text = il file non è testo UTF-8 in questo punto: non è un piano oppure è danneggiato.
load-syntax = { $reason }
load-too-new = questo piano è stato scritto da una versione più recente di CommPlan (formato { $found }; questo programma legge fino al formato { $supported }). Aggiornare CommPlan per aprirlo; il file non è stato modificato.
load-too-old = la versione di formato { $found } non è un formato di CommPlan.
save-failed = impossibile salvare: { $reason }
save-read-only = la cartella o il file è di sola lettura
save-disk-full = il disco è pieno

## Dates and numbers

format-date = { $day } { $month } { $year }
format-date-weekday = { $weekday } { $date }
format-month-year = { $month } { $year }
format-thousands-separator = .
format-first-weekday = mon
month-short-1 = gen
month-short-2 = feb
month-short-3 = mar
month-short-4 = apr
month-short-5 = mag
month-short-6 = giu
month-short-7 = lug
month-short-8 = ago
month-short-9 = set
month-short-10 = ott
month-short-11 = nov
month-short-12 = dic
month-long-1 = gennaio
month-long-2 = febbraio
month-long-3 = marzo
month-long-4 = aprile
month-long-5 = maggio
month-long-6 = giugno
month-long-7 = luglio
month-long-8 = agosto
month-long-9 = settembre
month-long-10 = ottobre
month-long-11 = novembre
month-long-12 = dicembre
weekday-short-mon = lun
weekday-short-tue = mar
weekday-short-wed = mer
weekday-short-thu = gio
weekday-short-fri = ven
weekday-short-sat = sab
weekday-short-sun = dom

## Screens

screen-overview = Panoramica
screen-calendar = Calendario
screen-deliverables = Deliverable
screen-dissemination = Disseminazione
screen-partners = Partner
screen-indicators = Indicatori
screen-settings = Impostazioni

## Overview

none = —
overview-project = Progetto
overview-dates = { $start } – { $end }
overview-leads = Capofila: { $lead } · Responsabile della comunicazione: { $communication }
overview-partners = partner e osservatori
overview-activities = attività pianificate
overview-deliverables = deliverable
overview-entries = voci nel registro di disseminazione
overview-ended = Il progetto si è concluso in data { $date }
overview-not-started = Il progetto inizia in data { $date }
overview-running = Il progetto è in corso
overview-deadlines = Scadenze
overview-no-deadlines = Ancora nessun deliverable.

# @overview (add new overview strings below)
overview-agenda = Prossimi 14 giorni
overview-agenda-empty = Nulla in programma nei prossimi 14 giorni.
overview-overdue = Deliverable in ritardo
overview-overdue-none = Nessun deliverable è in ritardo.
overview-days-late = { $days ->
    [one] { $days } giorno di ritardo
   *[other] { $days } giorni di ritardo
}
overview-month = Questo mese per partner
overview-month-empty = Nessuna attività questo mese.
overview-month-count = { $count ->
    [one] { $count } attività
   *[other] { $count } attività
}
overview-indicators = Indicatori
overview-indicators-empty = Ancora nessun indicatore.
overview-indicator-value = { $actual } su { $target }
overview-quiet = Nessuna voce da almeno 30 giorni
overview-quiet-none = Tutti i partner hanno registrato voci negli ultimi 30 giorni.
overview-quiet-never = mai
overview-quiet-last = Ultima voce: { $date }

## Calendar

calendar-empty = Ancora nessuna attività.
calendar-count = { $count ->
    [one] Un’attività
   *[other] { $count } attività
}
calendar-timed = { $date }, { $start }–{ $end } ({ $zone })

# @calendar (add new calendar strings below)
calendar-view-month = Mese
calendar-view-week = Settimana
calendar-view-agenda = Agenda
calendar-view-timeline = Cronologia
calendar-conflicts = { $count ->
    [one] un conflitto
   *[other] { $count } conflitti
}
calendar-outside = { $count ->
    [one] una fuori dalle date del progetto
   *[other] { $count } fuori dalle date del progetto
}
calendar-duplicate = Duplica
calendar-delete = Elimina
calendar-new = Nuova attività
calendar-week-title = Settimana { $week } · { $from } – { $to }
calendar-jump-placeholder = Vai alla data…
calendar-jump-invalid = Data non valida: scrivi 2017-06-29 o 29.06.2017
calendar-today = Oggi
calendar-rows-partners = Per partner
calendar-rows-work-packages = Per work package
calendar-rows-none = Altro
calendar-rows-no-work-package = Nessun work package
calendar-copy-title = { $title } (copia)
calendar-more = +{ $count } altre
calendar-all-day = Tutto il giorno
calendar-week-number = Settimana { $week }
calendar-deadline = Scadenza { $code }: { $title }
calendar-deadline-on = { $code } { $title }, scadenza { $date }
calendar-legend-deadline = Scadenza di un deliverable
calendar-filter-partners = Partner
calendar-filter-work-packages = Work package
calendar-filter-kinds = Tipo
calendar-filter-statuses = Stato
calendar-filter-target-groups = Gruppo target
calendar-filter-text = Testo
calendar-filter-count = { $facet } ({ $count })
calendar-filter-text-placeholder = Cerca in titoli, luoghi, note…
calendar-filter-hidden = { $count ->
    [one] I filtri nascondono un elemento
   *[other] I filtri nascondono { $count } elementi
}
calendar-filter-clear = Azzera i filtri
calendar-filter-clear-facet = Azzera
calendar-nothing = Niente da mostrare: nessuna attività, o i filtri le nascondono tutte.
calendar-timeline-title = { $from } – { $to }
calendar-overlaps = { $count ->
    [one] Si sovrappone a { $titles }
   *[other] Si sovrappone a { $count } elementi: { $titles }
}
calendar-outside-project = Fuori dalle date del progetto
calendar-edit = Modifica
editor-new-title = Nuova attività
editor-edit-title = Modifica attività
editor-section-what = Cosa
editor-section-who = Chi
editor-section-when = Quando
editor-section-where = Dove
editor-section-audience = Per chi
editor-title = Titolo
editor-kind = Tipo
editor-status = Stato
editor-notes = Note
editor-responsible = Partner responsabile
editor-work-package = Work package
editor-campaign = Parte della campagna
editor-contributors = Partner che contribuiscono
editor-none = Nessuno
editor-start = Data di inizio
editor-end = Data di fine
editor-start-time = Inizia alle
editor-end-time = Finisce alle
editor-zone = Fuso orario
editor-all-day = Tutto il giorno
editor-date-hint = Date come 2017-06-29, 29/06/2017 o 29.06.2017; orari come 10:30.
editor-repeat = Si ripete
editor-repeat-never = Mai
editor-repeat-weekly = Ogni settimana
editor-repeat-monthly = Ogni mese
editor-every = Ogni (settimane o mesi)
editor-until = Fino al (vuoto: fine del progetto)
editor-venue = Sede
editor-city = Città
editor-country = Codice del paese
editor-online = Link online
editor-registration = Link di iscrizione
editor-channel = Canale
editor-languages = Lingue (es. it, de)
editor-target-groups = Gruppi target
editor-delete = Elimina
editor-delete-confirm = Eliminare davvero?
editor-cancel = Annulla
editor-save = Salva attività
editor-problems = { $count ->
    [one] Un problema da correggere
   *[other] { $count } problemi da correggere
}
editor-title-missing = Dai un titolo all'attività.
editor-responsible-missing = Scegli il partner responsabile.
editor-date-invalid = «{ $value }» non è una data.
editor-date-outside = Il progetto va dal { $start } al { $end }.
editor-end-before-start = La fine viene prima dell'inizio.
editor-time-invalid = «{ $value }» non è un orario (scrivi 10:30).
editor-zone-invalid = «{ $value }» non è un fuso orario (es. Europe/Rome).
editor-every-invalid = Scrivi un numero intero da 1 in su.
editor-until-before-start = La ripetizione finisce prima che l'attività inizi.
editor-country-invalid = Due lettere, es. IT.
editor-language-invalid = «{ $value }» non è un codice di lingua.

## Deliverables

deliverables-empty = Ancora nessun deliverable.
deliverables-count = { $count ->
    [one] Un deliverable
   *[other] { $count } deliverable
}
deliverables-code = Codice
deliverables-title = Titolo
deliverables-lead = Responsabile
deliverables-due = Scadenza
deliverables-status = Stato

# @deliverables (add new deliverables strings below)
deliverables-count-shown = { $shown } di { $count } mostrati
deliverables-add = Nuovo deliverable
deliverables-new = Nuovo deliverable
deliverables-edit = Modifica { $code }
deliverables-title-placeholder = Che cosa si consegna
deliverables-work-package = Work package
deliverables-work-package-short = WP
deliverables-days-left = Giorni rimasti
deliverables-pick-work-package = Scegliere un work package
deliverables-pick-lead = Scegliere il partner responsabile
deliverables-link = Link
deliverables-save = Salva
deliverables-cancel = Annulla
deliverables-delete = Elimina
deliverables-submitted-on = Consegnato il { $date }
deliverables-approved-on = Approvato il { $date }
deliverables-delivered-on = inviato il { $date }
deliverables-error-due = «{ $text }» non è una data: scriverla come AAAA-MM-GG, GG/MM/AAAA o GG.MM.AAAA, ad es. 2018-06-30.
deliverables-error-outside = La scadenza deve cadere entro il progetto, dal { $start } al { $end }.
deliverables-error-no-work-package = Scegliere il work package a cui appartiene.
deliverables-error-no-lead = Scegliere il partner responsabile.
deliverables-query-placeholder = Filtra per codice o titolo
deliverables-all-work-packages = Tutti i work package
deliverables-all-partners = Tutti i partner
deliverables-clear-filters = Azzera i filtri
deliverables-none-match = Nessun deliverable corrisponde a questi filtri.
deliverables-show-all = Tutti gli stati
deliverables-show-open = Ancora aperti
deliverables-show-pressing = In ritardo o in scadenza entro 14 giorni
deliverables-show-overdue = In ritardo
deliverables-selected = { $count ->
    [one] Un deliverable selezionato
   *[other] { $count } deliverable selezionati
}
deliverables-set-status = Imposta lo stato a
deliverables-pick-status = Scegliere uno stato
deliverables-clear-selection = Annulla la selezione
deliverables-owes-nothing = { $partner } al momento non deve nulla.
deliverables-owes = { $partner } deve { $count ->
    [one] un deliverable
   *[other] { $count } deliverable
}: { $overdue } in ritardo, { $soon } in scadenza entro 14 giorni.
deliverables-owes-next = Prossimo: { $code } il { $date }
deliverables-days-late = { $days ->
    [one] 1 giorno di ritardo
   *[other] { $days } giorni di ritardo
}
deliverables-due-today = scade oggi
deliverables-days-to-go = { $days ->
    [one] tra 1 giorno
   *[other] tra { $days } giorni
}
deliverables-advance = Passa a «{ $status }»
deliverables-contributors = Partner che contribuiscono

## Dissemination log

log-empty = Ancora nessuna voce registrata.
log-totals = { $count ->
    [one] Una voce
   *[other] { $count } voci
} · { $reach } persone raggiunte · { $participants } partecipanti
log-date = Data
log-partner = Partner
log-title = Titolo
log-channel = Canale
log-reach = Persone raggiunte

# @dissemination (add new dissemination strings below)
log-subtitle = { $count ->
    [one] Una voce nel registro
   *[other] { $count } voci nel registro
}
log-target-group = Gruppo target
log-participants = Partecipanti
log-activity = Riferita a
log-none-shown = Nessuna voce corrisponde ai filtri.
log-totals-all = { $count ->
    [one] Una voce
   *[other] { $count } voci
}
log-totals-shown = { $count ->
    [one] Una voce su { $all }
   *[other] { $count } voci su { $all }
}
log-import = Importa…
log-filter-all-partners = Tutti i partner
log-filter-all-channels = Tutti i canali
log-filter-all-groups = Tutti i gruppi target
log-filter-from = Dal
log-filter-to = Al
log-filter-text = Cerca in titoli, note, link…
log-filter-clear = Azzera i filtri
log-form-new = Nuova voce
log-form-editing = Modifica di una voce
log-form-date = Data
log-form-language = Lingua
log-form-activity = Attività (A12)
log-form-link = Link
log-form-notes = Note
log-form-any-group = Nessun gruppo target
log-form-add = Aggiungi voce
log-form-save = Salva le modifiche
log-form-cancel = Annulla
log-form-bad-date = «{ $value }» non è una data: scrivi 2018-03-15, 15/03/2018 o 15.03.2018.
log-form-outside = La data deve cadere nel progetto, dal { $start } al { $end }.
log-form-no-partner = Scegli il partner che la riporta.
log-form-no-channel = Scegli il canale.
log-form-no-title = Dai un titolo alla voce.
log-form-bad-number = { $field }: «{ $value }» non è un numero intero.
log-form-bad-language = «{ $value }» non è un codice di lingua come it, de o sl.
log-form-bad-activity = «{ $value }» non è un identificativo di attività come A12.
log-form-unknown-activity = Nel piano non c'è l'attività { $value }.
log-form-reports-on = Riferita a: { $title }

## Indicators

indicators-empty = Ancora nessun indicatore.
indicators-progress = { $actual } su { $target } { $unit }
indicators-percent = { $percent }%

# @indicators (add new indicators strings below)
indicators-new = Nuovo indicatore
indicators-period-all = Intero progetto
indicators-period-short = P{ $number }
indicators-period-range = { $first } – { $last }
indicators-period-note = Raggiunto nel periodo { $period }; { $total } sull’intero progetto.
indicators-overall = Obiettivo e valore raggiunto
indicators-over-time = Nel tempo
indicators-by-partner = Per partner
indicators-partner = Partner
indicators-actual = Raggiunto
indicators-target = Obiettivo
indicators-no-target = nessun obiettivo
indicators-no-partner-figures = Nessun partner ha registrato attività conteggiate da questo indicatore e nessuno ha un obiettivo.
indicators-chart-target = Obiettivo { $target }
indicators-chart-today = Oggi
indicators-chart-point = { $date }: { $value }
indicators-counts-everything = Conta ogni voce del registro
indicators-counts-only = Conta solo: { $what }
indicators-edit = Modifica
indicators-delete = Elimina
indicators-delete-question = Eliminare l’indicatore { $code }? Ctrl+Z lo ripristina.
indicators-delete-confirm = Elimina indicatore
indicators-editor-edit = Modifica indicatore
indicators-editor-new = Nuovo indicatore
indicators-field-code = Codice
indicators-field-name = Nome
indicators-field-unit = Unità
indicators-field-measure = Somma
indicators-field-target = Obiettivo complessivo
indicators-field-channels = Canali
indicators-field-kinds = Tipi di attività
indicators-field-groups = Gruppi target
indicators-code-placeholder = C.1
indicators-name-placeholder = Cosa misura
indicators-unit-placeholder = partecipanti, copie, post
indicators-section-counts = Cosa conta
indicators-counts-hint = Contano solo le voci del registro che corrispondono a ogni gruppo scelto; un gruppo senza scelte accetta qualsiasi voce.
indicators-section-partner-targets = Obiettivi dei partner
indicators-partner-targets-hint = Lasciare vuoto il campo di un partner senza obiettivo proprio.
indicators-save = Salva
indicators-cancel = Annulla
indicators-error-code-required = Il codice è obbligatorio.
indicators-error-code-taken = Un altro indicatore ha già il codice { $code }.
indicators-error-name-required = Il nome è obbligatorio.
indicators-error-whole-number = Inserire un numero intero, ad esempio 250.

## Partners

partners-empty = Ancora nessun partner: aggiungere il primo qui sopra.
partners-count = { $count ->
    [one] Un partner
   *[other] { $count } partner e osservatori
}
partners-new = Nuovo partner
partners-id = Id
partners-name = Nome
partners-country = Paese
partners-role = Ruolo
partners-contact = Contatto
partners-id-placeholder = Id (VEN)
partners-name-placeholder = Nome completo
partners-country-placeholder = IT
partners-email-placeholder = e-mail di contatto
partners-add = Aggiungi

# @partners (add new partners strings below)
partners-tab-partners = Partner
partners-tab-work-packages = Work package
partners-wp-count = { $count ->
    [one] Un work package
   *[other] { $count } work package
}
partners-edit = Modifica { $name }
partners-save = Salva
partners-cancel = Annulla
partners-short-name-placeholder = Nome breve
partners-contact-placeholder = Persona di contatto
partners-languages-placeholder = it, en
partners-languages = Lingue
partners-owes = Deve
partners-overdue = { $count ->
    [one] 1 in ritardo
   *[other] { $count } in ritardo
}
partners-open = { $count ->
    [one] 1 aperto
   *[other] { $count } aperti
}
partners-owes-heading = Che cosa deve questo partner
partners-owes-nothing = Niente di aperto: ogni deliverable di cui è responsabile è stato consegnato.
partners-owes-more = …e altri { $count }
partners-show-deliverables = Mostra nei deliverable
partners-cannot-remove = { $id } non si può ancora rimuovere
partners-reassign-to = Passare tutto a
partners-pick-heir = Scegliere un partner
partners-reassign = Passa tutto e rimuovi { $id }
partners-keep = Mantieni
partners-wp-empty = Ancora nessun work package: aggiungere il primo qui sopra.
partners-wp-pick = Scegliere un work package per vederne deliverable e attività.
partners-wp-id-placeholder = Id (WP C)
partners-wp-title-placeholder = Titolo
partners-wp-lead = Partner responsabile
partners-wp-add = Aggiungi
partners-wp-new = Nuovo work package
partners-wp-edit = Modifica { $id }
partners-wp-counts = { $deliverables ->
    [one] 1 deliverable
   *[other] { $deliverables } deliverable
} · { $activities ->
    [one] 1 attività
   *[other] { $activities } attività
}
partners-wp-deliverables = Deliverable di { $id }
partners-wp-activities = Attività di { $id }
partners-wp-no-deliverables = Nessun deliverable in questo work package.
partners-wp-no-activities = Nessuna attività in questo work package.
partners-short-name = Nome breve
partners-email = E-mail
partners-color = Colore

## Settings

settings-appearance = Aspetto e lingua
settings-theme-system = Come il sistema
settings-theme-light = Chiaro
settings-theme-dark = Scuro
settings-language = Lingua
settings-places = Dove viene conservato il lavoro
settings-data-folder = Cartella dei dati
settings-backups-folder = Backup
settings-settings-file = File delle impostazioni
settings-log-file = File di log
settings-plan-file = Questo piano

## Window, toolbar and status

app-name = CommPlan
window-title = { $plan } — CommPlan
window-title-read-only = {" "}(sola lettura)
toolbar-new = Nuovo
toolbar-new-hint = Crea un piano vuoto (Ctrl+N)
toolbar-open = Apri
toolbar-open-hint = Apri un file di piano (Ctrl+O)
toolbar-recent = Piani recenti
toolbar-save-as = Salva con nome…
toolbar-save-as-hint = Salva una copia con un altro nome e continua a lavorare su quella (Ctrl+Maiusc+S)
toolbar-undo-what = Annulla: { $what } (Ctrl+Z)
toolbar-undo-nothing = Niente da annullare
toolbar-redo-what = Ripeti: { $what } (Ctrl+Maiusc+Z)
toolbar-redo-nothing = Niente da ripetere
status-opening = Apertura…
status-saving = Salvataggio…
status-save-failed = Non salvato
status-read-only = Sola lettura
status-unsaved = Modifiche non salvate
status-saved = Tutte le modifiche sono salvate
read-only-elsewhere = Questo piano è aperto in un’altra finestra di CommPlan, quindi qui è di sola lettura. Usare «Salva con nome» per continuare su una copia.
read-only-cannot-lock = Questo piano qui è di sola lettura: { $reason }. Usare «Salva con nome» per continuare su una copia.
read-only-no-file = Nessun piano aperto. Creare un nuovo piano o aprirne uno.

## Notices

notice-saved-as = Salvato come { $path }; ora si sta lavorando su questo file.
notice-save-failed = { $reason } Le modifiche restano in questa finestra; usare «Salva con nome» per salvarle altrove.
notice-restored = Il backup è aperto. Il file danneggiato è stato conservato come { $aside }.
notice-restore-failed = Il backup non è stato aperto, perché non è stato possibile mettere da parte il file danneggiato: { $reason }

## Dialogs

dialog-new-title = Crea un nuovo piano
dialog-open-title = Apri un piano
dialog-save-as-title = Salva il piano con nome
file-filter-plans = Piani di CommPlan
dialog-dismiss = Chiudi
dialog-cancel = Annulla
dialog-open-another = Apri un altro piano…
dialog-unreadable-title = Impossibile aprire questo piano
dialog-unreadable-untouched = Il file è stato lasciato esattamente com’era.
dialog-backup-offer = Ultimo backup integro: { $when } ({ $activities } attività). Aprendolo, il file danneggiato viene conservato accanto con un altro nome.
dialog-no-backup = Non esiste alcun backup di questo piano da ripristinare.
dialog-restore = Apri il backup
dialog-close-failed-title = Impossibile salvare le modifiche
dialog-close-failed-hint = Salvarle altrove, oppure uscire perdendo le modifiche successive all’ultimo salvataggio.
dialog-quit-anyway = Esci senza salvare
dialog-path-hint = { $what ->
        [folder] Digitare il percorso completo della cartella
        [export] Digitare il percorso completo del file da scrivere
        [csv] Digitare il percorso completo del file CSV
       *[plan] Digitare il percorso completo del file del piano
    } (qui non è disponibile la finestra di selezione file del sistema).
dialog-path-save = Salva
dialog-path-need-file = Digitare il percorso di un file, non di una cartella.
dialog-path-need-folder = Digitare il percorso di una cartella esistente.
dialog-path-missing = Non esiste alcun file in questo percorso.
dialog-path-no-folder = La cartella di questo percorso non esiste.

## Command line

cli-no-data-folder = Non è stata trovata nessuna cartella home per il piano predefinito; indicare un piano con --plan FILE.
cli-exists = { $path } esiste già; usare --force per sostituirlo.
cli-written = File scritto: { $path }
cli-check-ok = { $path }: il piano è valido ({ $activities } attività, { $deliverables } deliverable, { $entries } voci del registro).
cli-summary-dates = Durata: { $start } – { $end }
cli-summary-partners = { $count ->
    [one] Un partner
   *[other] { $count } partner
}
cli-summary-activities = { $count ->
    [one] Un’attività
   *[other] { $count } attività
}
cli-summary-deliverables = { $count ->
    [one] Un deliverable
   *[other] { $count } deliverable
}
cli-summary-entries = { $count ->
    [one] Una voce nel registro di disseminazione
   *[other] { $count } voci nel registro di disseminazione
}
cli-summary-next = Prossime scadenze:
cli-summary-none = nessuna: tutti i deliverable in scadenza da oggi in poi sono stati consegnati, oppure non ce ne sono.
cli-gui-failed = Impossibile aprire la finestra: { $reason }

# @cli (add new cli strings below)
cli-import-no-partner = Il piano non ha alcun partner «{ $id }».
cli-import-too-large = il file è di { $megabytes } MB, troppo grande per un registro di disseminazione.
cli-import-ignored-column = la colonna «{ $column }» non è tra quelle lette da CommPlan ed è stata ignorata.
cli-import-dry-run = Simulazione, nessuna modifica effettuata: da aggiungere: { $added }; da saltare: { $skipped } (già nel registro o ripetute nel file); rifiutate: { $rejected }.
cli-import-done = { $path }: { $added ->
    [one] una voce aggiunta
   *[other] { $added } voci aggiunte
}; saltate: { $skipped } (già nel registro o ripetute nel file); rifiutate: { $rejected }.
cli-import-some-rejected = { $count ->
    [one] Una riga è stata rifiutata
   *[other] { $count } righe sono state rifiutate
}; { $count ->
    [one] correggerla
   *[other] correggerle
} nel file e importarlo di nuovo (le righe già importate vengono saltate).
cli-import-plan-open = { $path } è aperto in CommPlan; importare da lì (Disseminazione → Importa) oppure chiuderlo prima.
cli-no-such-plan = { $path }: questo file di piano (o comando) non esiste. Vedere `commplan --help`.
cli-no-display = Nessuna sessione grafica trovata (DISPLAY e WAYLAND_DISPLAY non sono impostate), quindi la finestra non può aprirsi. I comandi new, check e summary funzionano anche senza; vedere `commplan --help`.
cli-export-bad-date = «{ $text }» non è una data; scriverla come AAAA-MM-GG, GG/MM/AAAA o GG.MM.AAAA, ad es. 2017-06-29.
cli-export-bad-time = «{ $text }» non è un orario come 2017-06-29T10:00:00Z.
cli-export-bad-table = «{ $text }» non è una tabella; usare activities, deliverables, dissemination o partners.
cli-export-bad-separator = «{ $text }» non può separare i campi; usare «,», «;», «|» o il tabulatore.
cli-export-stdout-failed = Impossibile scrivere sullo standard output: { $reason }

## Exports

# @exports (add new exports strings below)
export-keys-hint = Tab: opzione successiva · frecce: cambia · Spazio: seleziona · Invio: esporta

export-error-unknown-partner = In questo piano non esiste alcun partner «{ $id }».
export-error-empty-range = L’intervallo di date termina ({ $to }) prima di iniziare ({ $from }).
export-calendar-name = { $project }
export-calendar-name-partner = { $project } — { $partner }
export-responsible = Responsabile: { $partner }
export-contributors = Con: { $partners }
export-work-package = Work package: { $work_package }
export-channel = Canale: { $channel }
export-registration = Iscrizione: { $link }
export-online = Online: { $link }
export-lead = Responsabile: { $partner }
export-deliverable-status = Stato: { $status }
export-deadline-summary = Scadenza { $code }: { $title }
export-deadline-description = Il deliverable { $code } del work package { $work_package } è in scadenza.
export-category-deadline = Scadenza
export-html-title-plan = { $project }: calendario della comunicazione
export-html-title-partner = { $project }: calendario per { $partner }
export-html-runs = Durata del progetto: { $start } – { $end }
export-html-covers = periodo coperto da questo calendario: { $start } – { $end }
export-html-generated = generato in data { $date }
export-html-footer = Realizzato con CommPlan per { $project }. Si prega di comunicare qualsiasi modifica al responsabile della comunicazione.
export-html-contacts = Contatti
export-html-partner = Partner
export-html-role = Ruolo
export-html-contact = Contatto
export-html-deliverables = Deliverable
export-html-deliverables-owed = Deliverable da consegnare
export-html-no-deliverables = Nessun deliverable in scadenza in questo periodo.
export-html-code = Codice
export-html-title = Titolo
export-html-due = Scadenza
export-html-lead = Responsabile
export-html-status = Stato
export-html-schedule = Calendario
export-html-nothing-planned = Nulla di pianificato in questo periodo.
export-html-date = Data
export-html-time-heading = Orario
export-html-what = Cosa
export-html-who = Chi
export-html-where = Dove
export-html-range = { $start } – { $end }
export-html-all-day = Tutto il giorno
export-html-time = { $start }–{ $end } ({ $zone })
export-html-with = con { $partners }
export-html-registration = Iscrizione:
export-html-deadline = Scadenza
toolbar-export = Esporta…
toolbar-export-hint = Esporta per i partner un calendario, una tabella o una pagina stampabile con il programma
export-dialog-title = Esporta per i partner
export-field-format = Formato
export-field-partner = Partner
export-field-dates = Date
export-field-language = Lingua
export-field-table = Tabella
export-field-separator = Separatore
export-format-ics = Calendario (.ics)
export-format-csv = Tabella (.csv)
export-format-html = Pagina stampabile (.html)
export-format-ics-hint = Per Thunderbird, Calendario di GNOME, Evolution, Outlook e Google Calendar. Importando un’esportazione più recente gli eventi vengono aggiornati.
export-format-csv-hint = Per i fogli di calcolo: una riga di intestazione, date nel formato AAAA-MM-GG, valori come nomi stabili.
export-format-html-hint = Un unico file da aprire in un browser e stampare in formato A4, una pagina per mese.
export-html-print-hint = La pagina contiene il calendario mese per mese, i deliverable da consegnare e i contatti.
export-all-partners = Intero piano (tutti i partner)
export-date-placeholder = AAAA-MM-GG
export-dates-hint = Vuoto: l’intero progetto
export-option-deadlines = Scadenze dei deliverable come eventi di un giorno intero
export-option-reminder = Promemoria { $days } giorni prima di ogni scadenza aperta
export-option-utc = Orari in UTC (per i calendari che gestiscono male i fusi orari)
export-option-bom = Byte order mark (BOM), perché Excel legga correttamente le lettere accentate
export-separator-comma = Virgola ,
export-separator-semicolon = Punto e virgola ; (Excel in italiano, tedesco, francese)
export-table-activities = Attività
export-table-deliverables = Deliverable
export-table-dissemination = Registro di disseminazione
export-table-partners = Partner
export-every-partner = { $count ->
    [one] Esporta per il partner…
   *[other] Esporta per ogni partner ({ $count })…
}
export-save = Esporta…
export-busy = Esportazione…
export-dialog-save-title = Esporta in
export-dialog-folder-title = Scegliere la cartella in cui salvare un file per ogni partner
export-dialog-write = Esporta
export-filter-ics = File di calendario
export-filter-csv = Tabelle CSV
export-filter-html = Pagine web
export-dialog-bad-date = «{ $text }» non è una data; scriverla come AAAA-MM-GG, GG/MM/AAAA o GG.MM.AAAA, ad es. 2017-06-29.
export-notice-file = Esportato in { $path }
export-notice-folder = { $count ->
    [one] Un file scritto in { $folder }
   *[other] { $count } file scritti in { $folder }
}

## Import

# @import (add new import strings below)
import-choose-title = Scegli il registro di un partner (CSV) da importare
import-read = Leggi
import-title = Importa un registro di diffusione
import-reading = Lettura di { $file }…
import-unreadable = Il file non si può leggere: { $reason }
import-read-as = Letto come { $encoding }, separato da { $separator }.
import-separator-tab = tabulazioni
import-partner = Partner di ogni riga:
import-partner-from-file = Dalla colonna partner del file
import-to-add = { $count ->
    [one] Una riga da aggiungere
   *[other] { $count } righe da aggiungere
}
import-to-skip = { $count ->
    [one] Una già nel registro
   *[other] { $count } già nel registro
}
import-to-reject = { $count ->
    [one] Una scartata
   *[other] { $count } scartate
}
import-ignored = Colonne non lette: { $columns }
import-rejected-heading = Righe scartate
import-added-heading = Righe da aggiungere
import-line = Riga { $line }
import-more-rows = …e altre { $count }.
import-confirm = { $count ->
    [0] Niente da importare
    [one] Importa una riga
   *[other] Importa { $count } righe
}
import-done = { $file }: { $added ->
    [one] una riga aggiunta
   *[other] { $added } righe aggiunte
}, { $skipped } saltate (già nel registro), { $rejected } scartate. Annulla riporta indietro l'importazione.
file-filter-csv = Fogli di calcolo salvati come CSV
import-column-date = data
import-column-partner = partner
import-column-channel = canale
import-column-title = titolo
import-column-target-group = gruppo target
import-column-reach = persone raggiunte
import-column-participants = partecipanti
import-column-language = lingua
import-column-link = link
import-column-notes = note
import-column-activity = attività
import-too-few-columns = la riga ha { $found } valori, ma l’intestazione indica { $expected } colonne.
import-too-many-columns = la riga ha { $found } valori, ma l’intestazione indica solo { $expected } colonne: c’è forse un separatore all’interno di un testo non racchiuso tra virgolette?
import-missing = manca il campo «{ $column }».
import-bad-date = «{ $text }» non è una data; scriverla come AAAA-MM-GG, GG/MM/AAAA o GG.MM.AAAA.
import-bad-number = il valore «{ $text }» del campo «{ $column }» non è un numero intero.
import-negative = il valore «{ $text }» del campo «{ $column }» è minore di zero.
import-unknown-channel = «{ $text }» non è un canale noto a CommPlan (website, social media, newsletter, press, event, publication, video, email, other).
import-unknown-target-group = «{ $text }» non è un gruppo target noto a CommPlan.
import-unknown-partner = nel piano non esiste alcun partner «{ $text }».
import-bad-activity = «{ $text }» non è un id di attività come 12 o A12.
import-unknown-activity = nel piano non esiste alcuna attività { $id }.
import-bad-language = «{ $text }» non è un codice lingua come it, de o sl.
import-file-empty = il file non contiene righe.
import-no-header = la riga { $line } dovrebbe indicare i nomi delle colonne (date, partner, channel, title, …), ma inizia con «{ $first }».
import-missing-columns = { $count ->
    [one] nel file manca la colonna { $columns }.
   *[other] nel file mancano le colonne { $columns }.
}
import-unknown-override = nel piano non esiste alcun partner «{ $id }».
import-malformed = impossibile leggere la riga { $line } come CSV: { $reason }
template-hint-date = Data: AAAA-MM-GG, GG/MM/AAAA o GG.MM.AAAA (obbligatoria; questa riga viene ignorata)
template-hint-partner = Il proprio id partner, ad es. VEN (obbligatorio)
template-hint-channel = Canale (obbligatorio): { $words }
template-hint-title = Che cosa è stato fatto o pubblicato (obbligatorio)
template-hint-target-group = Gruppo target, ad es. grande pubblico, impresa, istruzione superiore
template-hint-reach = Persone raggiunte o copie distribuite (numero intero)
template-hint-participants = Partecipanti, per gli eventi (numero intero)
template-hint-language = Codice lingua: it, de, fr, sl, en
template-hint-link = Link alla documentazione (post, articolo, foto)
template-hint-notes = Note
template-hint-activity = Id dell’attività nel piano, se noto (ad es. 12)

## Search

# @search (add new search strings below)
search-placeholder = Cerca deliverable, attività, partner e voci del registro
search-hint = Scrivere un codice, un titolo, un partner o un luogo.
search-nothing = Nessun risultato per «{ $query }».
search-more = { $count ->
    [one] e un altro
   *[other] e altri { $count }
}
search-keys = ↑ ↓ per scegliere · Invio per aprire · Esc per chiudere
search-deliverables = Deliverable
search-activities = Attività
search-partners = Partner
search-entries = Voci del registro
search-open = Cerca
search-shortcut = Ctrl+K

## issue 15: a calendar and editors you can trust with a mouse
calendar-drag-to = a { $when }
calendar-selection-hint = Fai clic su una voce per selezionarla, trascinala per spostarla, doppio clic per modificarla.
leave-title = Salvare le modifiche prima di proseguire?
leave-text = { $screens }: quanto hai scritto non è ancora salvato.
leave-save = Salva
leave-discard = Scarta le modifiche
leave-stay = Torna indietro
problem-empty-partner-id = Manca l’identificativo del partner (ad esempio VEN o P01).
problem-empty-country = Manca il paese: scrivi il codice di due lettere, ad esempio IT o AT.
calendar-campaign-delete-title = Eliminare la campagna «{ $title }»?
calendar-campaign-delete-items = { $count ->
    [one] Ha una voce:
   *[other] Ha { $count } voci:
}
calendar-campaign-more = e altre { $count }
calendar-campaign-cancel = Annulla
calendar-campaign-keep = { $count ->
    [one] Tieni la voce, senza la campagna
   *[other] Tieni le voci, senza la campagna
}
calendar-campaign-delete-all = { $count ->
    [one] Elimina anche quella
   *[other] Elimina anche tutte le { $count }
}
log-form-activity-search = Attività: scrivi per cercarla per titolo
log-form-activity-found = Riferita a:
log-form-pick-activity = Scegli l’attività tra quelle trovate per titolo, oppure svuota il campo.
