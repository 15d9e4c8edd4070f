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

calendar-count = { $count ->
    [one] Un’attività
   *[other] { $count } attività
}

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
log-form-no-partner = Scegli il partner che la riporta.
log-form-no-channel = Scegli il canale.
log-form-no-title = Dai un titolo alla voce.
log-form-bad-number = { $field }: «{ $value }» non è un numero intero.
log-form-bad-language = «{ $value }» non è un codice di lingua come it, de o sl.
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
        [csv] Digitare il percorso completo del foglio di calcolo (XLSX, XLS, ODS o CSV)
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
export-format-csv-hint = Per i fogli di calcolo: una riga di intestazione, intestazioni e valori nella lingua scelta, date nel formato AAAA-MM-GG.
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
import-choose-title = Scegli il registro di un partner (XLSX, XLS, ODS o CSV) da importare
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

## issue 17: project set-up and reporting periods
period-short = P{ $number }
period-range = P{ $number }: { $first } – { $last }
period-error-length = Un periodo di rendicontazione di { $months } mesi non è possibile: indicare da 1 a { $max } mesi.
period-error-empty = L'elenco dei periodi di rendicontazione è vuoto.
period-error-first = Il primo periodo di rendicontazione deve iniziare con il progetto, non il { $date }.
period-error-gap = Il periodo di rendicontazione che inizia il { $date } non segue il precedente (vuoto o sovrapposizione).
period-error-month = Il periodo di rendicontazione che inizia il { $date } non inizia con un mese del progetto (i periodi sono fatti di mesi interi dall'inizio del progetto).
period-error-order = Un periodo di rendicontazione termina il { $date }, prima di iniziare.
period-error-after = Un periodo di rendicontazione termina il { $date }, dopo la fine del progetto.
cli-new-needs-name = Indicare il nome del progetto con --name (e le date con --start e --end), oppure scrivere l'esempio con --sample.
cli-new-sample-or-project = --sample scrive l'esempio S3-4Alp Clusters così com'è; omettere --name, --start e le altre opzioni del progetto, oppure omettere --sample.
cli-project-bad-zone = «{ $text }» non è un fuso orario; indicare un nome IANA come Europe/Rome o una città come Lisbona (Lisbon).
cli-project-name = Nome: { $name }
cli-project-acronym = Acronimo: { $acronym }
cli-project-programme = Programma: { $programme }
cli-project-lead = Partner capofila: { $partner }
cli-project-communication-lead = Responsabile della comunicazione: { $partner }
cli-project-language = Lingua di lavoro: { $language }
cli-project-zone = Fuso orario: { $zone }
cli-project-zone-local = quello di questo computer
cli-project-periods = Periodi di rendicontazione:
cli-project-outside = { $count ->
    [one] Attenzione: un elemento è fuori dalle date del progetto (lasciato com'è):
   *[other] Attenzione: { $count } elementi sono fuori dalle date del progetto (lasciati come sono):
}
cli-project-plan-open = { $path } è aperto in CommPlan; modificare il progetto lì (Panoramica → Progetto), oppure chiuderlo prima.
project-new-title = Il tuo progetto
project-edit-title = Progetto
project-name = Nome
project-acronym = Acronimo
project-programme = Programma
project-start = Inizio
project-end = Fine
project-date-hint = Date come 2025-10-01, 01/10/2025 o 01.10.2025.
project-period-months = Periodo di rendicontazione (mesi)
project-first-months = Primo periodo (mesi)
project-first-same = stessa durata
project-periods-more = { " " }e altri { $count }
project-zone = Fuso orario
project-zone-none = Nessun fuso orario corrisponde a «{ $text }».
project-zone-local = Si usa il fuso orario di questo computer.
project-language = Lingua di lavoro
project-lead = Partner capofila
project-communication-lead = Responsabile della comunicazione
project-new-leads-later = Aggiungere poi i partner; il capofila e il responsabile della comunicazione si scelgono tra loro (Panoramica → Modifica progetto).
project-create = Crea…
project-save = Salva
project-saved = Il progetto è stato salvato. Modifica → Annulla lo ripristina.
project-missing-name = Manca il nome del progetto.
project-bad-date = «{ $text }» non è una data; scriverla come 2025-10-01, 01/10/2025 o 01.10.2025.
project-bad-months = «{ $text }» non è un numero di mesi.
project-bad-zone = Scegliere un fuso orario dall'elenco o lasciare vuoto il campo («{ $text }» non lo è).
project-outside = { $count ->
    [one] Un elemento è fuori da queste date. Viene lasciato com'è:
   *[other] { $count } elementi sono fuori da queste date. Vengono lasciati come sono:
}
project-outside-more = …e altri { $count }.
overview-sample-ended = Esempio: { $acronym }, concluso il { $date }
overview-running-period = Il progetto è in corso: { $period }
overview-edit-project = Modifica progetto…
overview-start-own = Inizia il tuo progetto
overview-agenda-ended = Il progetto è concluso: non è previsto altro.
overview-undelivered = Non consegnati entro la fine
overview-not-delivered = non consegnato
settings-project = Progetto
settings-project-hint = Nome, date, capofila, fuso orario e periodi di rendicontazione del piano aperto.
log-form-outside-warning = Fuori dal progetto ({ $start } – { $end }): registrata e conteggiata nel primo o nell'ultimo periodo.
log-filter-all-periods = Qualsiasi periodo
deliverables-submitted-date = Consegnato il
deliverables-approved-date = Approvato il
deliverables-error-approved-before = La data di approvazione precede quella di consegna.
partners-offer-communication = { $name } ha il ruolo di responsabile della comunicazione. Renderlo il responsabile della comunicazione del progetto?
partners-offer-communication-accept = Rendilo responsabile della comunicazione
partners-offer-lead = { $name } ha il ruolo di capofila. Renderlo il capofila del progetto?
partners-offer-lead-accept = Rendilo capofila
partners-offer-decline = Non ora

## issue 20: the progress-report pack
report-error-period = Il progetto non ha il periodo di rendicontazione { $number }: ne ha { $count }.
report-error-partner = Il piano non ha il partner «{ $id }».
report-title = { $project }: rapporto di avanzamento, { $period }
report-part-activities = Attività per work package
report-part-not-done = Previste e non svolte (annullate o rinviate)
report-part-deliverables = Deliverable in scadenza o consegnati nel periodo
report-part-indicators = Indicatori
report-part-partners = Contributo dei partner
report-part-groups = Gruppi target raggiunti
report-part-warnings = Da verificare prima della rendicontazione
report-col-code = Codice
report-col-title = Titolo
report-col-kind = Tipo
report-col-date = Data
report-col-first = Dal
report-col-last = Al
report-col-times = Volte
report-col-work-package = Work package
report-col-responsible = Responsabile
report-col-contributors = Contributori
report-col-status = Stato
report-col-notes = Note
report-col-due = Scadenza
report-col-submitted = Consegnato
report-col-overdue = In ritardo alla fine del periodo
report-col-link = Link
report-col-unit = Unità
report-col-this-period = Questo periodo
report-col-before = Rendicontato prima
report-col-cumulative = Cumulato
report-col-target = Obiettivo
report-col-share = Raggiunto
report-col-partner = Partner
report-col-activities = Attività
report-col-entries = Voci del registro
report-col-reach = Persone raggiunte
report-col-participants = Partecipanti
report-col-group = Gruppo target
report-col-warning = Avviso
report-yes = sì
report-none = Nulla in questo periodo.
report-no-work-package = Nessun work package
report-overdue = in ritardo alla fine del periodo
report-evidence = Evidenze per { $indicator }
report-silent = Nessuna voce nel registro in questo periodo: { $partners }.
report-no-warnings = Nulla da verificare.
report-warning-no-evidence = Nessun link di evidenza: { $entry }
report-warning-no-participants = Un evento senza partecipanti: { $entry }
report-warning-outside = Datata fuori dal progetto: { $entry }
report-warning-unlinked = { $indicator } conta gli eventi tramite la loro attività: { $count } voci dei suoi canali non indicano un'attività e restano escluse.
report-dialog-title = Rapporto di avanzamento
report-period = Periodo di rendicontazione
report-partner = Partner
report-whole-project = Intero progetto
report-language = Lingua
report-form = Formato
report-form-html = Pagina stampabile (HTML)
report-form-csv = Tabella (CSV)
report-write = Scrivi…
report-save-title = Salva il rapporto di avanzamento
report-written = Rapporto di avanzamento scritto in { $path }
report-summary = { $activities } attività, { $deliverables } deliverable, { $warnings } elementi da verificare.
indicators-report = Rapporto di avanzamento…
## issue 17: recurrence like a calendar client
repeat-day = giorno/i
repeat-year = anno/i
problem-rule-misses-first-day = La ripetizione non cade nel primo giorno: scegli anche il suo giorno della settimana.
recur-daily = { $every ->
    [one] ogni giorno
   *[other] ogni { $every } giorni
}
recur-weekly-on = { $every ->
    [one] ogni settimana: { $days }
   *[other] ogni { $every } settimane: { $days }
}
recur-monthly-day = { $every ->
    [one] ogni mese il giorno { $day }
   *[other] ogni { $every } mesi il giorno { $day }
}
recur-monthly-nth = { $weekday ->
    [sun] { $nth ->
        [first] la prima
        [second] la seconda
        [third] la terza
        [fourth] la quarta
        [fifth] la quinta
       *[last] l'ultima
    } domenica
   *[rest] { $nth ->
        [first] il primo
        [second] il secondo
        [third] il terzo
        [fourth] il quarto
        [fifth] il quinto
       *[last] l'ultimo
    } { $weekday ->
        [mon] lunedì
        [tue] martedì
        [wed] mercoledì
        [thu] giovedì
        [fri] venerdì
       *[sat] sabato
    }
} { $every ->
    [one] di ogni mese
   *[other] ogni { $every } mesi
}
recur-yearly = { $every ->
    [one] ogni anno il { $day } { $month }
   *[other] ogni { $every } anni il { $day } { $month }
}
recur-count = { $count ->
    [one] , una volta
   *[other] , { $count } volte
}
recur-until = , fino al { $date }
recur-skipped = { $count ->
    [one] , 1 saltata
   *[other] , { $count } saltate
}
recur-moved = { $count ->
    [one] , 1 spostata
   *[other] , { $count } spostate
}
export-repeats = Si ripete: { $rule }
editor-repeat-daily = Ogni giorno
editor-repeat-yearly = Ogni anno
editor-every-n = Ogni
editor-weekdays = Nei giorni
editor-monthly-on = Quale giorno
editor-ends = Termina
editor-ends-never = Con il progetto
editor-ends-on = In una data
editor-ends-after = Dopo N volte
editor-count = Volte
editor-count-invalid = Scrivi un numero intero da 1 in su.
editor-weekday-missing = Scegli anche il giorno della settimana del primo giorno.
editor-occurrence-title = Occorrenza del { $date }
editor-scope-question = Applica le modifiche a
editor-scope-occurrence = Questa occorrenza
editor-scope-series = Tutta la serie
editor-scope-note = Per questa occorrenza cambiano solo data e ora.
editor-skip-occurrence = Salta questa occorrenza
calendar-move-question = Questa voce si ripete: spostare solo questa occorrenza o tutta la serie?
calendar-move-occurrence = Questa occorrenza
calendar-move-series = Tutta la serie
calendar-move-cancel = Annulla
## issue 16: the plan on disk is never silently overwritten or lost
save-changed-on-disk = il file è cambiato sul disco dopo la lettura; non è stato scritto nulla
save-too-large = il piano sarebbe di { $megabytes } MB, più dei { $limit } MB consentiti, e non si potrebbe riaprire; non è stato scritto nulla
read-only-file = Questo file del piano è di sola lettura (i suoi permessi non consentono la scrittura), quindi qui è in sola lettura. Usa Salva come per continuare in una copia.
notice-backup-failed = Il piano è stato salvato, ma non è stato possibile creare la copia di sicurezza prima del salvataggio: { $reason }
notice-reloaded = Il piano è cambiato sul disco ed è stato ricaricato.
notice-kept-both = La tua versione è stata salvata come { $copy }; la finestra ora mostra il file com'è sul disco.
notice-applied = Le tue modifiche sono state applicate al file com'è sul disco.
notice-apply-failed = Non è stato possibile applicare tutte le tue modifiche al file sul disco ({ $reason }); non è cambiato nulla. Conserva entrambe le versioni.
dialog-changed-title = Il piano è cambiato sul disco
dialog-changed-body = Un altro programma (un client di sincronizzazione, un editor, un'altra finestra di CommPlan) ha modificato { $path } mentre questa finestra aveva modifiche non ancora salvate. Non è stato sovrascritto nulla.
dialog-changed-section = { $section }: { $disk } sul disco, { $here } in questa finestra
dialog-changed-same-counts = Lo stesso numero di elementi in ogni elenco; alcuni elementi sono diversi.
dialog-changed-apply = Applica le mie modifiche al file sul disco
dialog-changed-keep-both = Conserva entrambe (salva la mia come copia)
section-partners = Partner
section-work-packages = Pacchetti di lavoro
section-activities = Attività
section-deliverables = Prodotti
section-log = Voci del registro
section-indicators = Indicatori
cli-export-onto-plan = { $path } è un file di piano; un'esportazione non scrive mai sopra un piano.
cli-export-exists = { $path } esiste già; aggiungi --force per sostituirlo.
export-replace-body = { $path } esiste già. Sostituirlo con l'esportazione?
export-refuse-plan = { $path } è un file di piano; scegli un altro nome per l'esportazione.
import-control-character = un carattere di controllo ({ $code }) in una cella, che una voce del registro non può contenere
import-unclosed-quote = una virgoletta aperta su questa riga non viene mai chiusa
import-line-too-long = una riga più lunga di { $limit } caratteri
import-column-limit = più di { $limit } colonne
import-input-too-large = letti più di { $megabytes } MB; il registro di un partner è più piccolo
html-expansion-capped = Gli elementi ricorrenti sono mostrati fino al { $date } e al massimo { $count } volte ciascuno.
import-row-limit = più di { $limit } righe; il registro di un partner è più breve (dividi il file)
conflict-copy-name = { $name } (conflitto { $when })
## issue 19: publishing calendars (CalDAV, WebDAV) and exports per partner
export-error-nothing-matched = Nessuna corrispondenza: il partner e le date scelti non hanno attività né scadenze, quindi non è stato scritto alcun calendario.
publish-error-bad-url = «{ $url }» non è un indirizzo di server: deve iniziare con http:// o https://.
publish-error-unreachable = Impossibile raggiungere { $url }: { $reason }. Controlla l’indirizzo e la connessione di rete, poi pubblica di nuovo.
publish-error-unauthorized = Il server { $url } ha rifiutato il nome utente o la password (401). Controllali; server come Nextcloud possono richiedere una password per app.
publish-error-forbidden = Il server non consente a questo utente di scrivere { $url } (403): il calendario potrebbe appartenere a un altro utente. Chiedi l’accesso al proprietario o scegli un altro indirizzo.
publish-error-quota = Il server { $url } non ha più spazio (507). Elimina vecchi calendari o chiedi più spazio all’amministratore, poi pubblica di nuovo.
publish-error-not-calendar = { $url } esiste già sul server ma non è un calendario. Rinominalo o eliminalo lì, poi pubblica di nuovo.
publish-error-status = Il server ha risposto { $status } a { $method } { $url }. Pubblicando di nuovo si ripara ciò che è rimasto a metà.
publish-error-bad-answer = Impossibile leggere la risposta del server a { $method } { $url }: { $reason }
publish-error-cancelled = Pubblicazione annullata. Ciò che è stato inviato resta sul server; pubblicando di nuovo si completa.
cli-publish-password-prompt = Password o token dell’app per { $user }:
cli-publish-no-password = Nessuna password: imposta { $var } o forniscila sull’input standard.
cli-publish-dry-run = Prova: sul server non è stato cambiato nulla.
cli-publish-line = { $calendar } ({ $language }): { $created } creati, { $updated } aggiornati, { $deleted } eliminati, { $unchanged } invariati
cli-publish-requests = { $total } richieste ({ $put } PUT, { $delete } DELETE, { $mkcalendar } MKCALENDAR, { $reads } letture) in { $ms } ms
export-html-deliverables-delivered = Già consegnati
toolbar-publish = Pubblica…
toolbar-publish-hint = Pubblica il calendario di ogni partner su un server di calendari a cui si abbona
publish-dialog-title = Pubblica calendari
publish-dialog-hint = Ogni partner riceve un calendario nella propria lingua sul tuo server CalDAV (Nextcloud, Radicale…). Pubblicando di nuovo si invia solo ciò che è cambiato.
publish-url-placeholder = https://cloud.example.org/remote.php/dav
publish-field-server = Server
publish-field-user = Utente
publish-field-password = Password
publish-remember = Conserva la password nel portachiavi di sistema
publish-webdav = File .ics semplici in una cartella WebDAV
publish-keyring-unavailable = Il portachiavi di sistema non è utilizzabile ({ $reason }): digita la password ogni volta.
publish-field-partners = Partner
publish-all-partners = Tutti
publish-whole-plan = Anche un calendario con l’intero piano
publish-row-done = { $created } creati · { $updated } aggiornati · { $deleted } eliminati · { $unchanged } invariati
publish-row-waiting = In attesa…
publish-summary = { $calendars } calendari, { $failed } non riusciti · { $requests } richieste in { $seconds } s
publish-close = Chiudi
publish-busy = Pubblicazione…
publish-start = Pubblica
## issue 18: spreadsheets

import-at-sheet-row = foglio «{ $sheet }», riga { $row }
import-ambiguous-date = «{ $text }» può essere giorno/mese o mese/giorno, e nessuna data della colonna lo chiarisce; scegliere l’ordine nell’anteprima (o --date-order).
import-workbook-damaged = La cartella di lavoro { $format } non è leggibile: { $reason }. Non è stato importato nulla.
import-sheet-damaged = Il foglio «{ $sheet }» della cartella { $format } non è leggibile: { $reason }. Non è stato importato nulla.
import-workbook-encrypted = La cartella di lavoro è protetta da password. Salvarla senza password e importarla di nuovo. Non è stato importato nulla.
import-not-a-workbook = Questo è un file { $what }, non un foglio di calcolo: CommPlan legge CSV, XLSX, XLS e ODS. Non è stato importato nulla.
import-binary = Questo file non è né testo né una cartella di lavoro (CSV, XLSX, XLS, ODS). Non è stato importato nulla.
import-sheet-too-large = Il foglio «{ $sheet }» ha più di { $cells } celle piene: troppo grande per un registro di disseminazione. Non è stato importato nulla.
import-unknown-sheet = La cartella di lavoro non ha un foglio «{ $sheet }».
import-in-sheet = Foglio «{ $sheet }»: { $error }
cli-import-bad-order = «{ $text }» non è un ordine di data: usare dmy (prima il giorno) o mdy (prima il mese).
cli-import-number-columns = il file ha colonne di numeri che CommPlan non legge: { $columns }. Non è stato importato nulla; rinominarle con una colonna nota, o importare senza di esse con --without-unknown-columns.
import-workbook-truncated = Il file { $format } è incompleto (interrotto durante la copia o lo scaricamento?). Chiederlo di nuovo. Non è stato importato nulla.
sheet-column-id = ID
sheet-column-title = Titolo
sheet-column-kind = Tipo
sheet-column-status = Stato
sheet-column-responsible = Partner responsabile
sheet-column-contributors = Collaboratori
sheet-column-work-package = Work package
sheet-column-start-date = Data di inizio
sheet-column-end-date = Data di fine
sheet-column-start-time = Ora di inizio
sheet-column-end-time = Ora di fine
sheet-column-time-zone = Fuso orario
sheet-column-repeat-every = Ripeti ogni
sheet-column-repeat-unit = Unità di ripetizione
sheet-column-repeat-until = Ripeti fino al
sheet-column-venue = Sede
sheet-column-city = Città
sheet-column-country = Paese
sheet-column-online = Link online
sheet-column-channel = Canale
sheet-column-target-groups = Gruppi target
sheet-column-languages = Lingue
sheet-column-registration = Iscrizione
sheet-column-campaign = Campagna
sheet-column-notes = Note
sheet-column-sequence = Revisione
sheet-column-modified = Modificato
sheet-column-code = Codice
sheet-column-lead = Partner capofila
sheet-column-due = Scadenza
sheet-column-submitted = Consegnato il
sheet-column-link = Link
sheet-column-date = Data
sheet-column-partner = Partner
sheet-column-target-group = Gruppo target
sheet-column-reach = Persone raggiunte
sheet-column-participants = Partecipanti
sheet-column-language = Lingua
sheet-column-activity = Attività
sheet-column-name = Nome
sheet-column-short-name = Nome breve
sheet-column-role = Ruolo
sheet-column-contact-name = Referente
sheet-column-contact-email = E-mail di contatto
sheet-column-color = Colore
sheet-column-indicator = Indicatore
sheet-column-unit = Unità
sheet-column-period = Periodo
sheet-column-from = Dal
sheet-column-to = Al
sheet-column-actual = Raggiunto
sheet-column-cumulative = Cumulato
sheet-column-target = Obiettivo
sheet-column-progress = Avanzamento
export-error-workbook = Non è stato possibile scrivere la cartella di lavoro: { $reason }
sheet-title-activities = Attività
sheet-title-deliverables = Deliverable
sheet-title-dissemination = Registro di disseminazione
sheet-title-partners = Partner
sheet-title-indicators-by-period = Indicatori per periodo
sheet-title-indicators-by-partner = Indicatori per partner
file-filter-spreadsheets = Fogli di calcolo (XLSX, XLS, ODS, CSV)
import-read-as-workbook = Letto come cartella di lavoro { $format } (fogli: { $sheets })
import-sheet = Foglio
import-order-day-first = Prima il giorno (3/4 = 3 aprile)
import-order-month-first = Prima il mese (3/4 = 4 marzo)
import-date-order = Le date possono essere giorno/mese o mese/giorno:
import-date-order-choose = Scegliere l’ordine
import-without-number-columns = Importare senza le colonne di numeri che CommPlan non legge: { $columns }
import-unknown-words = Parole che CommPlan non conosce: associarle una volta per tutto il file
import-unknown-word = «{ $word }» (righe: { $rows })
import-map-to = significa…
export-table-indicators-by-period = Indicatori per periodo
export-table-indicators-by-partner = Indicatori per partner
export-format-xlsx = Excel (XLSX)
export-format-xlsx-hint = Una cartella di lavoro per Excel e LibreOffice, nella lingua scelta: date e numeri come tali, intestazione bloccata, filtri attivi.
export-option-template = Il modello vuoto del registro di disseminazione per i partner (elenchi a discesa; il partner scelto sopra già inserito)
export-filter-xlsx = Cartelle di lavoro Excel
cli-import-sheet = foglio «{ $sheet }», intestazione alla riga { $row }
import-rejected-reason-column = Perché questa riga non è stata importata
import-save-rejected = Salva le righe rifiutate per il partner…
import-correct = Correggere { $column }, Invio
sheet-column-repeat-weekdays = Si ripete il
sheet-column-repeat-nth = Settimana del mese
sheet-column-repeat-count = Volte
sheet-column-repeat-skipped = Saltate
sheet-column-repeat-moved = Spostate
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
report-form-xlsx = Cartella di lavoro (XLSX)

## issue 17e: the activity editor's dates, times and zones
editor-close = Chiudi
editor-read-only-note = Qui il piano è aperto in sola lettura: si può guardare, non modificare.
editor-time-none = Nessun orario dell'elenco comincia così; scrivilo come 10:30.
editor-read-title = Attività (sola lettura)
calendar-show = Mostra
## issue 15: forms (an empty date is named as missing)
log-form-no-date = Manca la data: scrivi 2018-03-15, 15/03/2018 o 15.03.2018.
## issue 17: foreign zones, date pickers and long titles
# la stessa ora nel fuso del progetto e in quello dell’elemento: "10:00 Rome · 09:00 Lisbon"
calendar-in-two-zones = { $here } { $here_zone } · { $there } { $there_zone }
## issue 18: forgetting the words remembered from a partner's imports
partners-mappings-title = Parole ricordate dai file di questo partner
partners-mappings-hint = Quando in un’importazione si associa una parola che CommPlan non conosce, la scelta viene conservata per il prossimo file del partner. È salvata nelle impostazioni di questo computer, non nel piano: dimenticare una parola non si può annullare, e la prossima importazione la chiederà di nuovo.
partners-mappings-none = Nessuna parola ricordata finora.
partners-mappings-word = { $vocab }: “{ $word }” → { $value }
partners-mappings-forget = Dimentica “{ $word }”
partners-mappings-forgotten = “{ $word }” dimenticata: la prossima importazione del partner la chiederà di nuovo.

## issue 17z: countries
zone-search-placeholder = Cerca una città o un paese: Lisbon, Portogallo, PT…
zone-search-none = Nessun fuso orario corrisponde a “{ $value }”: prova una città o un paese, p. es. Lisbon o Portogallo.
country-AD = Andorra
country-AE = Emirati Arabi Uniti
country-AL = Albania
country-AM = Armenia
country-AR = Argentina
country-AT = Austria
country-AU = Australia
country-AX = Isole Åland
country-AZ = Azerbaigian
country-BA = Bosnia ed Erzegovina
country-BE = Belgio
country-BG = Bulgaria
country-BR = Brasile
country-BY = Bielorussia
country-CA = Canada
country-CH = Svizzera
country-CL = Cile
country-CN = Cina
country-CO = Colombia
country-CY = Cipro
country-CZ = Cechia
country-DE = Germania
country-DK = Danimarca
country-EE = Estonia
country-EG = Egitto
country-ES = Spagna
country-FI = Finlandia
country-FO = Isole Fær Øer
country-FR = Francia
country-GB = Regno Unito
country-GE = Georgia
country-GG = Guernsey
country-GI = Gibilterra
country-GR = Grecia
country-HK = Hong Kong
country-HR = Croazia
country-HU = Ungheria
country-ID = Indonesia
country-IE = Irlanda
country-IL = Israele
country-IM = Isola di Man
country-IN = India
country-IR = Iran
country-IS = Islanda
country-IT = Italia
country-JE = Jersey
country-JP = Giappone
country-KE = Kenya
country-KR = Corea del Sud
country-KZ = Kazakistan
country-LI = Liechtenstein
country-LT = Lituania
country-LU = Lussemburgo
country-LV = Lettonia
country-MA = Marocco
country-MC = Monaco
country-MD = Moldavia
country-ME = Montenegro
country-MK = Macedonia del Nord
country-MT = Malta
country-MX = Messico
country-MY = Malaysia
country-NG = Nigeria
country-NL = Paesi Bassi
country-NO = Norvegia
country-NZ = Nuova Zelanda
country-PE = Perù
country-PH = Filippine
country-PK = Pakistan
country-PL = Polonia
country-PT = Portogallo
country-QA = Qatar
country-RO = Romania
country-RS = Serbia
country-RU = Russia
country-SA = Arabia Saudita
country-SE = Svezia
country-SG = Singapore
country-SI = Slovenia
country-SJ = Svalbard e Jan Mayen
country-SK = Slovacchia
country-SM = San Marino
country-TH = Thailandia
country-TN = Tunisia
country-TR = Turchia
country-TW = Taiwan
country-UA = Ucraina
country-US = Stati Uniti
country-VA = Città del Vaticano
country-VN = Vietnam
country-ZA = Sudafrica
