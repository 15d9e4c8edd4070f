# CommPlan — chaînes françaises.

## Vocabularies

kind-event = Événement
kind-workshop = Atelier
kind-conference = Conférence
kind-webinar = Webinaire
kind-newsletter = Lettre d’information
kind-press-release = Communiqué de presse
kind-social-post = Publication sur les réseaux sociaux
kind-publication = Publication
kind-video = Vidéo
kind-website-update = Mise à jour du site web
kind-campaign = Campagne
kind-other = Autre

status-idea = Idée
status-planned = Prévu
status-in-preparation = En préparation
status-confirmed = Confirmé
status-done = Terminé
status-cancelled = Annulé

role-lead-partner = Chef de file
role-communication-lead = Responsable de la communication
role-partner = Partenaire
role-observer = Observateur

deliverable-status-not-started = Non commencé
deliverable-status-in-progress = En cours
deliverable-status-in-review = En relecture
deliverable-status-submitted = Soumis
deliverable-status-approved = Approuvé

channel-website = Site web
channel-social-media = Réseaux sociaux
channel-newsletter = Lettre d’information
channel-press = Presse et médias
channel-event = Événement
channel-publication = Publication
channel-video = Vidéo
channel-email = E-mail
channel-other = Autre

target-local-authority = Autorité publique locale
target-regional-authority = Autorité publique régionale
target-national-authority = Autorité publique nationale
target-sectoral-agency = Agence sectorielle
target-service-provider = Fournisseur d’infrastructures et de services (publics)
target-interest-groups = Groupes d’intérêt, y compris ONG
target-higher-education = Enseignement supérieur et recherche
target-education-centre = Centre d’éducation/formation et école
target-enterprise = Entreprise et PME
target-business-support = Organisation de soutien aux entreprises
target-eeig = GEIE et GECT
target-international-organisation = Organisation internationale
target-general-public = Grand public

measure-entries = Nombre d’entrées
measure-reach = Personnes touchées
measure-participants = Participants

repeat-week = semaine(s)
repeat-month = mois

## What an edit or a finding is about

subject-project = Projet
subject-partner = Partenaire
subject-work-package = Lot de travail
subject-activity = Activité
subject-deliverable = Livrable
subject-entry = Entrée du journal
subject-indicator = Indicateur

## Refused edits

error-duplicate-id = { $subject } « { $id } » existe déjà.
error-not-found = { $subject } « { $id } » n’existe pas.
error-unknown-partner = Le partenaire « { $id } » n’existe pas.
error-unknown-work-package = Le lot de travail « { $id } » n’existe pas.
error-unknown-activity = L’activité { $id } n’existe pas.
error-in-use = { $subject } « { $id } » figure encore dans { $uses }.

uses-project = le projet lui-même
uses-work-packages = { $count ->
    [one] un lot de travail
   *[other] { $count } lots de travail
}
uses-activities = { $count ->
    [one] une activité
   *[other] { $count } activités
}
uses-deliverables = { $count ->
    [one] un livrable
   *[other] { $count } livrables
}
uses-entries = { $count ->
    [one] une entrée du journal
   *[other] { $count } entrées du journal
}
uses-indicators = { $count ->
    [one] une valeur cible d’indicateur
   *[other] { $count } valeurs cibles d’indicateurs
}

problem-empty-title = Le titre est manquant.
problem-empty-name = Le nom est manquant.
problem-end-before-start = La fin précède le début.
problem-project-end-before-start = Le projet se termine avant de commencer.
problem-bad-partner-id = « { $id } » n’est pas un identifiant de partenaire utilisable : utilisez au maximum 16 lettres, chiffres, « - », « _ » ou « . », sans espace.
problem-bad-country = « { $code } » n’est pas un code pays à deux lettres comme IT ou AT.
problem-bad-language = « { $code } » n’est pas un code de langue comme it, de ou sl.
problem-duplicate-code = Un autre livrable porte déjà le code « { $code } ».
problem-campaign-is-itself = Une activité ne peut pas faire partie d’elle-même.
problem-campaign-not-a-campaign = L’activité { $id } fait elle-même partie d’une campagne : elle ne peut donc pas contenir d’autres éléments.
problem-date-out-of-range = La date { $date } est en dehors des années 1900 à 2999.
problem-bad-recurrence = La répétition demande un pas d’au moins 1 et une fin postérieure au début.

## Checking a plan

check-error = erreur
check-warning = avertissement
check-duplicate-id = un autre élément ci-dessus a le même identifiant.
check-outside-project = « { $title } » est en dehors des dates du projet.

## Loading and saving

load-not-found = le fichier n’existe pas.
load-io = impossible de lire le fichier : { $reason }
load-too-large = le fichier fait { $megabytes } Mo, plus que les { $limit } Mo autorisés pour un plan.
load-not-text = le fichier contient ici autre chose que du texte UTF-8 : ce n’est pas un plan, ou il est endommagé.
load-syntax = { $reason }
load-too-new = ce plan a été écrit par une version plus récente de CommPlan (format { $found } ; ce programme lit jusqu’au format { $supported }). Mettez CommPlan à jour pour l’ouvrir ; le fichier n’a pas été modifié.
load-too-old = la version de format { $found } n’est pas un format CommPlan.
save-failed = impossible d’enregistrer : { $reason }
save-read-only = le dossier ou le fichier est en lecture seule
save-disk-full = le disque est plein

## Dates and numbers

format-date = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
format-date-weekday = { $weekday } { $date }
format-month-year = { $month } { $year }
format-thousands-separator = { "\u202F" }
format-first-weekday = mon
month-short-1 = janv.
month-short-2 = févr.
month-short-3 = mars
month-short-4 = avr.
month-short-5 = mai
month-short-6 = juin
month-short-7 = juil.
month-short-8 = août
month-short-9 = sept.
month-short-10 = oct.
month-short-11 = nov.
month-short-12 = déc.
month-long-1 = janvier
month-long-2 = février
month-long-3 = mars
month-long-4 = avril
month-long-5 = mai
month-long-6 = juin
month-long-7 = juillet
month-long-8 = août
month-long-9 = septembre
month-long-10 = octobre
month-long-11 = novembre
month-long-12 = décembre
weekday-short-mon = lun.
weekday-short-tue = mar.
weekday-short-wed = mer.
weekday-short-thu = jeu.
weekday-short-fri = ven.
weekday-short-sat = sam.
weekday-short-sun = dim.

## Screens

screen-overview = Vue d’ensemble
screen-calendar = Calendrier
screen-deliverables = Livrables
screen-dissemination = Diffusion
screen-partners = Partenaires
screen-indicators = Indicateurs
screen-settings = Paramètres

## Overview

none = —
overview-project = Projet
overview-dates = { $start } – { $end }
overview-leads = Chef de file : { $lead } · Responsable de la communication : { $communication }
overview-partners = partenaires et observateurs
overview-activities = activités prévues
overview-deliverables = livrables
overview-entries = entrées du journal de diffusion
overview-ended = Le projet s’est terminé le { $date }
overview-not-started = Le projet commence le { $date }
overview-running = Le projet est en cours
overview-deadlines = Échéances
overview-no-deadlines = Aucun livrable pour l’instant.

# @overview (add new overview strings below)
overview-agenda = 14 prochains jours
overview-agenda-empty = Rien de prévu dans les 14 prochains jours.
overview-overdue = Livrables en retard
overview-overdue-none = Aucun livrable n’est en retard.
overview-days-late = { $days ->
    [one] { $days } jour de retard
   *[other] { $days } jours de retard
}
overview-month = Ce mois-ci par partenaire
overview-month-empty = Aucune activité ce mois-ci.
overview-month-count = { $count ->
    [one] { $count } activité
   *[other] { $count } activités
}
overview-indicators = Indicateurs
overview-indicators-empty = Aucun indicateur pour l’instant.
overview-indicator-value = { $actual } sur { $target }
overview-quiet = Sans entrée depuis 30 jours ou plus
overview-quiet-none = Chaque partenaire a renseigné le journal ces 30 derniers jours.
overview-quiet-never = jamais
overview-quiet-last = Dernière entrée : { $date }

## Calendar

calendar-count = { $count ->
    [0] Aucune activité
    [one] Une activité
   *[other] { $count } activités
}

# @calendar (add new calendar strings below)
calendar-view-month = Mois
calendar-view-week = Semaine
calendar-view-agenda = Agenda
calendar-view-timeline = Chronologie
calendar-conflicts = { $count ->
    [one] un conflit
   *[other] { $count } conflits
}
calendar-outside = { $count ->
    [one] une hors des dates du projet
   *[other] { $count } hors des dates du projet
}
calendar-duplicate = Dupliquer
calendar-delete = Supprimer
calendar-new = Nouvelle activité
calendar-week-title = Semaine { $week } · { $from } – { $to }
calendar-jump-placeholder = Aller à la date…
calendar-jump-invalid = Date non valable : écrivez 2017-06-29 ou 29.06.2017
calendar-today = Aujourd'hui
calendar-rows-partners = Par partenaire
calendar-rows-work-packages = Par lot de travail
calendar-rows-none = Autres
calendar-rows-no-work-package = Sans lot de travail
calendar-copy-title = { $title } (copie)
calendar-more = +{ $count } de plus
calendar-all-day = Toute la journée
calendar-week-number = Semaine { $week }
calendar-deadline = Échéance { $code } : { $title }
calendar-deadline-on = { $code } { $title }, échéance le { $date }
calendar-legend-deadline = Échéance d'un livrable
calendar-filter-partners = Partenaire
calendar-filter-work-packages = Lot de travail
calendar-filter-kinds = Type
calendar-filter-statuses = Statut
calendar-filter-target-groups = Groupe cible
calendar-filter-text = Texte
calendar-filter-count = { $facet } ({ $count })
calendar-filter-text-placeholder = Chercher dans les titres, lieux, notes…
calendar-filter-hidden = { $count ->
    [one] Les filtres masquent un élément
   *[other] Les filtres masquent { $count } éléments
}
calendar-filter-clear = Effacer les filtres
calendar-filter-clear-facet = Effacer
calendar-nothing = Rien à afficher : aucune activité, ou les filtres les masquent toutes.
calendar-timeline-title = { $from } – { $to }
calendar-overlaps = { $count ->
    [one] Chevauche { $titles }
   *[other] Chevauche { $count } éléments : { $titles }
}
calendar-outside-project = Hors des dates du projet
calendar-edit = Modifier
editor-new-title = Nouvelle activité
editor-edit-title = Modifier l'activité
editor-section-what = Quoi
editor-section-who = Qui
editor-section-when = Quand
editor-section-where = Où
editor-section-audience = Pour qui
editor-title = Titre
editor-kind = Type
editor-status = Statut
editor-notes = Notes
editor-responsible = Partenaire responsable
editor-work-package = Lot de travail
editor-campaign = Fait partie de la campagne
editor-contributors = Partenaires contributeurs
editor-none = Aucun
editor-start = Date de début
editor-end = Date de fin
editor-start-time = Commence à
editor-end-time = Finit à
editor-zone = Fuseau horaire
editor-all-day = Toute la journée
editor-date-hint = Dates comme 2017-06-29, 29/06/2017 ou 29.06.2017 ; heures comme 10:30.
editor-repeat = Se répète
editor-repeat-never = Jamais
editor-repeat-weekly = Chaque semaine
editor-repeat-monthly = Chaque mois
editor-until = Jusqu'au (vide : fin du projet)
editor-venue = Lieu
editor-city = Ville
editor-country = Code du pays
editor-online = Lien en ligne
editor-registration = Lien d'inscription
editor-channel = Canal
editor-languages = Langues (p. ex. it, de)
editor-target-groups = Groupes cibles
editor-delete = Supprimer
editor-delete-confirm = Supprimer vraiment ?
editor-cancel = Annuler
editor-save = Enregistrer l'activité
editor-problems = { $count ->
    [one] Un problème à corriger
   *[other] { $count } problèmes à corriger
}
editor-title-missing = Donnez un titre à l'activité.
editor-responsible-missing = Choisissez le partenaire responsable.
editor-date-invalid = « { $value } » n'est pas une date.
editor-date-outside = Le projet court du { $start } au { $end }.
editor-end-before-start = La fin précède le début.
editor-time-invalid = « { $value } » n'est pas une heure (écrivez 10:30).
editor-zone-invalid = « { $value } » n'est pas un fuseau horaire (p. ex. Europe/Rome).
editor-every-invalid = Écrivez un nombre entier à partir de 1.
editor-until-before-start = La répétition se termine avant le début de l'activité.
editor-country-invalid = Deux lettres, p. ex. IT.
editor-language-invalid = « { $value } » n'est pas un code de langue.

## Deliverables

deliverables-empty = Aucun livrable pour l’instant.
deliverables-count = { $count ->
    [0] Aucun livrable
    [one] Un livrable
   *[other] { $count } livrables
}
deliverables-code = Code
deliverables-title = Titre
deliverables-lead = Responsable
deliverables-due = Échéance
deliverables-status = Statut

# @deliverables (add new deliverables strings below)
deliverables-count-shown = { $shown } sur { $count } affichés
deliverables-add = Nouveau livrable
deliverables-new = Nouveau livrable
deliverables-edit = Modifier { $code }
deliverables-title-placeholder = Ce qui est livré
deliverables-work-package = Lot de travail
deliverables-work-package-short = Lot
deliverables-days-left = Jours restants
deliverables-pick-work-package = Choisir un lot de travail
deliverables-pick-lead = Choisir le partenaire responsable
deliverables-link = Lien
deliverables-save = Enregistrer
deliverables-cancel = Annuler
deliverables-delete = Supprimer
deliverables-delivered-on = remis le { $date }
deliverables-error-due = « { $text } » n’est pas une date : écrivez-la AAAA-MM-JJ, JJ/MM/AAAA ou JJ.MM.AAAA, par ex. 2018-06-30.
deliverables-error-outside = L’échéance doit se situer dans la durée du projet, du { $start } au { $end }.
deliverables-error-no-work-package = Choisissez le lot de travail auquel il appartient.
deliverables-error-no-lead = Choisissez le partenaire responsable.
deliverables-query-placeholder = Filtrer par code ou titre
deliverables-all-work-packages = Tous les lots de travail
deliverables-all-partners = Tous les partenaires
deliverables-clear-filters = Effacer les filtres
deliverables-none-match = Aucun livrable ne correspond à ces filtres.
deliverables-show-all = Tous les statuts
deliverables-show-open = Encore ouverts
deliverables-show-pressing = En retard ou dus sous 14 jours
deliverables-show-overdue = En retard
deliverables-selected = { $count ->
    [one] Un livrable sélectionné
   *[other] { $count } livrables sélectionnés
}
deliverables-set-status = Passer au statut
deliverables-pick-status = Choisir un statut
deliverables-clear-selection = Effacer la sélection
deliverables-owes-nothing = { $partner } ne doit rien pour l’instant.
deliverables-owes = { $partner } doit { $count ->
    [one] un livrable
   *[other] { $count } livrables
} : { $overdue } en retard, { $soon } dus sous 14 jours.
deliverables-owes-next = Prochain : { $code } le { $date }
deliverables-days-late = { $days ->
    [one] 1 jour de retard
   *[other] { $days } jours de retard
}
deliverables-due-today = dû aujourd’hui
deliverables-days-to-go = { $days ->
    [one] dans 1 jour
   *[other] dans { $days } jours
}
deliverables-advance = Passer à « { $status } »
deliverables-contributors = Contributeurs

## Dissemination log

log-empty = Rien n’a encore été consigné.
log-date = Date
log-partner = Partenaire
log-title = Titre
log-channel = Canal
log-reach = Portée

# @dissemination (add new dissemination strings below)
log-subtitle = { $count ->
    [one] Une entrée dans le journal
   *[other] { $count } entrées dans le journal
}
log-target-group = Groupe cible
log-participants = Participants
log-activity = Se rapporte à
log-none-shown = Aucune entrée ne correspond aux filtres.
log-totals-all = { $count ->
    [one] Une entrée
   *[other] { $count } entrées
}
log-totals-shown = { $count ->
    [one] Une entrée sur { $all }
   *[other] { $count } entrées sur { $all }
}
log-import = Importer…
log-filter-all-partners = Tous les partenaires
log-filter-all-channels = Tous les canaux
log-filter-all-groups = Tous les groupes cibles
log-filter-from = Du
log-filter-to = Au
log-filter-text = Chercher dans les titres, notes, liens…
log-filter-clear = Effacer les filtres
log-form-new = Nouvelle entrée
log-form-editing = Modification d'une entrée
log-form-date = Date
log-form-language = Langue
log-form-activity = Activité (A12)
log-form-link = Lien
log-form-notes = Notes
log-form-any-group = Aucun groupe cible
log-form-add = Ajouter l'entrée
log-form-save = Enregistrer les modifications
log-form-cancel = Annuler
log-form-bad-date = « { $value } » n'est pas une date : écrivez 2018-03-15, 15/03/2018 ou 15.03.2018.
log-form-no-partner = Choisissez le partenaire qui la déclare.
log-form-no-channel = Choisissez le canal.
log-form-no-title = Donnez un titre à l'entrée.
log-form-bad-number = { $field } : « { $value } » n'est pas un nombre entier.
log-form-bad-language = « { $value } » n'est pas un code de langue comme it, de ou sl.
log-form-unknown-activity = Le plan n'a pas d'activité { $value }.
log-form-reports-on = Se rapporte à : { $title }

## Indicators

indicators-empty = Aucun indicateur pour l’instant.
indicators-progress = { $actual } sur { $target } { $unit }
indicators-percent = { $percent } %

# @indicators (add new indicators strings below)
indicators-new = Nouvel indicateur
indicators-period-all = Projet entier
indicators-period-short = P{ $number }
indicators-period-range = { $first } – { $last }
indicators-period-note = Réalisé pendant { $period } ; { $total } sur tout le projet.
indicators-overall = Cible et réalisé
indicators-over-time = Dans le temps
indicators-by-partner = Par partenaire
indicators-partner = Partenaire
indicators-actual = Réalisé
indicators-target = Cible
indicators-no-target = pas de cible
indicators-no-partner-figures = Aucun partenaire n’a rien déclaré que cet indicateur compte, et aucun n’a de cible.
indicators-chart-target = Cible { $target }
indicators-chart-today = Aujourd’hui
indicators-chart-point = { $date } : { $value }
indicators-counts-everything = Compte chaque entrée du journal
indicators-counts-only = Compte seulement : { $what }
indicators-edit = Modifier
indicators-delete = Supprimer
indicators-delete-question = Supprimer l’indicateur { $code } ? Ctrl+Z le rétablit.
indicators-delete-confirm = Supprimer l’indicateur
indicators-editor-edit = Modifier l’indicateur
indicators-editor-new = Nouvel indicateur
indicators-field-code = Code
indicators-field-name = Nom
indicators-field-unit = Unité
indicators-field-measure = Additionne
indicators-field-target = Cible globale
indicators-field-channels = Canaux
indicators-field-kinds = Types d’activité
indicators-field-groups = Groupes cibles
indicators-code-placeholder = C.1
indicators-name-placeholder = Ce qu’il mesure
indicators-unit-placeholder = participants, exemplaires, publications
indicators-section-counts = Ce qu’il compte
indicators-counts-hint = Seules comptent les entrées du journal qui correspondent à chaque groupe choisi ; un groupe sans choix accepte toute entrée.
indicators-section-partner-targets = Cibles des partenaires
indicators-partner-targets-hint = Laisser le champ vide pour un partenaire sans cible propre.
indicators-save = Enregistrer
indicators-cancel = Annuler
indicators-error-code-required = Un code est requis.
indicators-error-code-taken = Un autre indicateur a déjà le code { $code }.
indicators-error-name-required = Un nom est requis.
indicators-error-whole-number = Saisir un nombre entier, par exemple 250.

## Partners

partners-empty = Aucun partenaire pour l’instant : ajoutez le premier ci-dessus.
partners-count = { $count ->
    [0] Aucun partenaire
    [one] Un partenaire
   *[other] { $count } partenaires et observateurs
}
partners-new = Ajouter un partenaire
partners-id = Identifiant
partners-name = Nom
partners-country = Pays
partners-role = Rôle
partners-contact = Contact
partners-id-placeholder = Identifiant (VEN)
partners-name-placeholder = Nom complet
partners-country-placeholder = IT
partners-email-placeholder = e-mail de contact
partners-add = Ajouter

# @partners (add new partners strings below)
partners-tab-partners = Partenaires
partners-tab-work-packages = Lots de travail
partners-wp-count = { $count ->
    [one] Un lot de travail
   *[other] { $count } lots de travail
}
partners-edit = Modifier { $name }
partners-save = Enregistrer
partners-cancel = Annuler
partners-short-name-placeholder = Nom court
partners-contact-placeholder = Personne de contact
partners-languages-placeholder = fr, en
partners-languages = Langues
partners-owes = Doit
partners-overdue = { $count ->
    [one] 1 en retard
   *[other] { $count } en retard
}
partners-open = { $count ->
    [one] 1 ouvert
   *[other] { $count } ouverts
}
partners-owes-heading = Ce que doit ce partenaire
partners-owes-nothing = Rien d’ouvert : tous les livrables dont il est responsable sont remis.
partners-owes-more = …et { $count } de plus
partners-show-deliverables = Voir dans Livrables
partners-cannot-remove = { $id } ne peut pas encore être retiré
partners-reassign-to = Tout transférer à
partners-pick-heir = Choisir un partenaire
partners-reassign = Transférer et retirer { $id }
partners-keep = Le garder
partners-wp-empty = Aucun lot de travail pour l’instant : ajoutez le premier ci-dessus.
partners-wp-pick = Choisissez un lot de travail pour voir ses livrables et ses activités.
partners-wp-id-placeholder = Id (WP C)
partners-wp-title-placeholder = Titre
partners-wp-lead = Partenaire responsable
partners-wp-add = Ajouter
partners-wp-new = Ajouter un lot de travail
partners-wp-edit = Modifier { $id }
partners-wp-counts = { $deliverables ->
    [one] 1 livrable
   *[other] { $deliverables } livrables
} · { $activities ->
    [one] 1 activité
   *[other] { $activities } activités
}
partners-wp-deliverables = Livrables de { $id }
partners-wp-activities = Activités de { $id }
partners-wp-no-deliverables = Aucun livrable dans ce lot de travail.
partners-wp-no-activities = Aucune activité dans ce lot de travail.
partners-short-name = Nom court
partners-email = Courriel
partners-color = Couleur

## Settings

settings-appearance = Apparence et langue
settings-theme-system = Suivre le système
settings-theme-light = Clair
settings-theme-dark = Sombre
settings-language = Langue
settings-places = Emplacement de vos données
settings-data-folder = Dossier des données
settings-backups-folder = Sauvegardes
settings-settings-file = Fichier des paramètres
settings-log-file = Fichier journal
settings-plan-file = Ce plan

## Window, toolbar and status

app-name = CommPlan
window-title = { $plan } — CommPlan
window-title-read-only = {" "}(lecture seule)
toolbar-new = Nouveau
toolbar-new-hint = Créer un plan vide (Ctrl+N)
toolbar-open = Ouvrir
toolbar-open-hint = Ouvrir un fichier de plan (Ctrl+O)
toolbar-recent = Plans récents
toolbar-save-as = Enregistrer sous…
toolbar-save-as-hint = Enregistrer une copie sous un autre nom et continuer dans celle-ci (Ctrl+Maj+S)
toolbar-undo-what = Annuler : { $what } (Ctrl+Z)
toolbar-undo-nothing = Rien à annuler
toolbar-redo-what = Rétablir : { $what } (Ctrl+Maj+Z)
toolbar-redo-nothing = Rien à rétablir
status-opening = Ouverture…
status-saving = Enregistrement…
status-save-failed = Non enregistré
status-read-only = Lecture seule
status-unsaved = Modifications non enregistrées
status-saved = Toutes les modifications sont enregistrées
read-only-elsewhere = Ce plan est ouvert dans une autre fenêtre de CommPlan ; il est donc en lecture seule ici. Utilisez « Enregistrer sous » pour continuer dans une copie.
read-only-cannot-lock = Ce plan est en lecture seule ici : { $reason }. Utilisez « Enregistrer sous » pour continuer dans une copie.
read-only-no-file = Aucun plan n’est ouvert. Créez un nouveau plan ou ouvrez-en un.

## Notices

notice-saved-as = Enregistré sous { $path } ; vous travaillez maintenant dans ce fichier.
notice-save-failed = { $reason } Vos modifications sont conservées dans cette fenêtre ; utilisez « Enregistrer sous » pour les enregistrer ailleurs.
notice-restored = La sauvegarde est ouverte. Le fichier endommagé a été conservé sous le nom { $aside }.
notice-restore-failed = La sauvegarde n’a pas été ouverte, car le fichier endommagé n’a pas pu être mis de côté : { $reason }

## Dialogs

dialog-new-title = Créer un nouveau plan
dialog-open-title = Ouvrir un plan
dialog-save-as-title = Enregistrer le plan sous
file-filter-plans = Plans CommPlan
dialog-dismiss = Fermer
dialog-cancel = Annuler
dialog-open-another = Ouvrir un autre plan…
dialog-unreadable-title = Impossible d’ouvrir ce plan
dialog-unreadable-untouched = Le fichier a été laissé exactement tel quel.
dialog-backup-offer = La sauvegarde valide la plus récente date du { $when } ({ $activities } activités). Si vous l’ouvrez, le fichier endommagé est conservé à côté sous un autre nom.
dialog-no-backup = Il n’existe aucune sauvegarde de ce plan à laquelle revenir.
dialog-restore = Ouvrir la sauvegarde
dialog-close-failed-title = Vos modifications n’ont pas pu être enregistrées
dialog-close-failed-hint = Enregistrez-les ailleurs, ou quittez en perdant les modifications faites depuis le dernier enregistrement.
dialog-quit-anyway = Quitter sans enregistrer
dialog-path-hint = { $what ->
        [folder] Saisissez le chemin complet du dossier
        [export] Saisissez le chemin complet du fichier à écrire
        [csv] Saisissez le chemin complet du tableur (XLSX, XLS, ODS ou CSV)
       *[plan] Saisissez le chemin complet du fichier de plan
    } (aucune boîte de dialogue de fichiers du système n’est disponible ici).
dialog-path-save = Enregistrer
dialog-path-need-file = Saisissez le chemin d’un fichier, pas celui d’un dossier.
dialog-path-need-folder = Saisissez le chemin d’un dossier existant.
dialog-path-missing = Aucun fichier n’existe à cet emplacement.
dialog-path-no-folder = Le dossier de ce chemin n’existe pas.

## Command line

cli-no-data-folder = Aucun dossier personnel n’a été trouvé pour le plan par défaut ; indiquez un plan avec --plan FILE.
cli-exists = { $path } existe déjà ; utilisez --force pour le remplacer.
cli-written = Fichier écrit : { $path }
cli-check-ok = { $path } : le plan est valide ({ $activities } activités, { $deliverables } livrables, { $entries } entrées du journal).
cli-summary-dates = Du { $start } au { $end }
cli-summary-partners = { $count ->
    [0] Aucun partenaire
    [one] Un partenaire
   *[other] { $count } partenaires
}
cli-summary-activities = { $count ->
    [0] Aucune activité
    [one] Une activité
   *[other] { $count } activités
}
cli-summary-deliverables = { $count ->
    [0] Aucun livrable
    [one] Un livrable
   *[other] { $count } livrables
}
cli-summary-entries = { $count ->
    [0] Aucune entrée du journal de diffusion
    [one] Une entrée du journal de diffusion
   *[other] { $count } entrées du journal de diffusion
}
cli-summary-next = Prochaines échéances :
cli-summary-none = aucune : tous les livrables dus à partir d’aujourd’hui ont été remis, ou aucun n’est dû.
cli-gui-failed = Impossible d’ouvrir la fenêtre : { $reason }

# @cli (add new cli strings below)
cli-import-no-partner = Le plan ne contient aucun partenaire « { $id } ».
cli-import-ignored-column = la colonne « { $column } » n’est pas lue par CommPlan ; elle a été ignorée.
cli-import-dry-run = Simulation, rien n’a été modifié. À ajouter : { $added } ; à ignorer : { $skipped } (déjà dans le journal, ou en double dans le fichier) ; rejetées : { $rejected }.
cli-import-done = { $path } : { $added ->
    [0] aucune entrée ajoutée
    [one] une entrée ajoutée
   *[other] { $added } entrées ajoutées
} ; ignorées : { $skipped } (déjà dans le journal, ou en double dans le fichier) ; rejetées : { $rejected }.
cli-import-some-rejected = { $count ->
    [one] { $count } ligne a été rejetée
   *[other] { $count } lignes ont été rejetées
} ; corrigez-{ $count ->
    [one] la
   *[other] les
} dans le fichier et importez-le à nouveau (les lignes déjà importées sont ignorées).
cli-import-plan-open = { $path } est ouvert dans CommPlan ; importez depuis la fenêtre (Diffusion → Importer), ou fermez-le d’abord.
cli-no-such-plan = { $path } : ce fichier de plan (ou cette commande) n’existe pas. Voir `commplan --help`.
cli-no-display = Aucune session graphique n’a été trouvée (DISPLAY et WAYLAND_DISPLAY ne sont pas définies) : la fenêtre ne peut donc pas s’ouvrir. Les commandes new, check et summary fonctionnent sans session graphique ; voir `commplan --help`.
cli-export-bad-date = « { $text } » n’est pas une date ; écrivez-la au format AAAA-MM-JJ, JJ/MM/AAAA ou JJ.MM.AAAA, par ex. 2017-06-29.
cli-export-bad-time = « { $text } » n’est pas une date et heure comme 2017-06-29T10:00:00Z.
cli-export-bad-table = « { $text } » n’est pas un tableau ; utilisez activities, deliverables, dissemination ou partners.
cli-export-bad-separator = « { $text } » ne peut pas séparer des champs ; utilisez « , », « ; », « | » ou tab.
cli-export-stdout-failed = Impossible d’écrire sur la sortie standard : { $reason }

## Exports

# @exports (add new exports strings below)
export-keys-hint = Tab : option suivante · flèches : changer · Espace : cocher · Entrée : exporter

export-error-unknown-partner = Ce plan ne contient aucun partenaire « { $id } ».
export-error-empty-range = La période se termine ({ $to }) avant de commencer ({ $from }).
export-calendar-name = { $project }
export-calendar-name-partner = { $project } — { $partner }
export-responsible = Responsable : { $partner }
export-contributors = Avec : { $partners }
export-work-package = Lot de travail : { $work_package }
export-channel = Canal : { $channel }
export-registration = Inscription : { $link }
export-online = En ligne : { $link }
export-lead = Responsable : { $partner }
export-deliverable-status = Statut : { $status }
export-deadline-summary = Échéance { $code } : { $title }
export-deadline-description = Le livrable { $code } ({ $work_package }) est à remettre.
export-category-deadline = Échéance
export-html-title-plan = { $project } : planning de communication
export-html-title-partner = { $project } : planning pour { $partner }
export-html-runs = Le projet se déroule du { $start } au { $end }
export-html-covers = ce planning couvre la période du { $start } au { $end }
export-html-generated = généré le { $date }
export-html-footer = Réalisé avec CommPlan pour { $project }. Merci de signaler tout changement au responsable de la communication.
export-html-contacts = Contacts
export-html-partner = Partenaire
export-html-role = Rôle
export-html-contact = Contact
export-html-deliverables = Livrables
export-html-deliverables-owed = Livrables à remettre
export-html-no-deliverables = Aucun livrable n’est à remettre pendant cette période.
export-html-code = Code
export-html-title = Titre
export-html-due = Échéance
export-html-lead = Responsable
export-html-status = Statut
export-html-schedule = Planning
export-html-nothing-planned = Rien n’est prévu pendant cette période.
export-html-date = Date
export-html-time-heading = Heure
export-html-what = Quoi
export-html-who = Qui
export-html-where = Où
export-html-range = du { $start } au { $end }
export-html-all-day = Toute la journée
export-html-time = { $start }–{ $end } ({ $zone })
export-html-with = avec { $partners }
export-html-registration = Inscription :
export-html-deadline = Échéance
toolbar-export = Exporter…
toolbar-export-hint = Exporter un calendrier, un tableau ou un planning imprimable pour les partenaires
export-dialog-title = Exporter pour les partenaires
export-field-format = Format
export-field-partner = Partenaire
export-field-dates = Dates
export-field-language = Langue
export-field-table = Tableau
export-field-separator = Séparateur
export-format-ics = Calendrier (.ics)
export-format-csv = Tableau (.csv)
export-format-html = Page imprimable (.html)
export-format-ics-hint = Pour Thunderbird, Agenda de GNOME, Evolution, Outlook et Google Agenda. Importer un export plus récent met à jour les événements.
export-format-csv-hint = Pour les tableurs : une ligne d’en-tête, en-têtes et valeurs dans la langue choisie, des dates au format AAAA-MM-JJ.
export-format-html-hint = Un seul fichier à ouvrir dans un navigateur et à imprimer en A4, une page par mois.
export-html-print-hint = La page présente le planning mois par mois, les livrables à remettre et les contacts.
export-all-partners = Plan complet (tous les partenaires)
export-date-placeholder = AAAA-MM-JJ
export-dates-hint = Vide : tout le projet
export-option-deadlines = Ajouter les échéances des livrables comme événements d’une journée entière
export-option-reminder = Rappel { $days } jours avant chaque échéance non remise
export-option-utc = Écrire les heures en UTC (pour les agendas qui gèrent mal les fuseaux horaires)
export-option-bom = Indicateur d’ordre des octets (BOM), pour qu’Excel lise correctement les accents
export-separator-comma = Virgule ,
export-separator-semicolon = Point-virgule ; (Excel en italien, allemand, français)
export-table-activities = Activités
export-table-deliverables = Livrables
export-table-dissemination = Journal de diffusion
export-table-partners = Partenaires
export-every-partner = { $count ->
    [one] Exporter pour le partenaire…
   *[other] Exporter pour chaque partenaire ({ $count })…
}
export-save = Exporter…
export-busy = Export en cours…
export-dialog-save-title = Exporter vers
export-dialog-folder-title = Choisir un dossier pour un fichier par partenaire
export-dialog-write = Exporter
export-filter-ics = Fichiers de calendrier
export-filter-csv = Tableaux CSV
export-filter-html = Pages web
export-dialog-bad-date = « { $text } » n’est pas une date ; écrivez-la au format AAAA-MM-JJ, JJ/MM/AAAA ou JJ.MM.AAAA, par ex. 2017-06-29.
export-notice-file = Exporté vers { $path }
export-notice-folder = { $count ->
    [0] Aucun fichier écrit dans { $folder }
    [one] Un fichier écrit dans { $folder }
   *[other] { $count } fichiers écrits dans { $folder }
}

## Import

# @import (add new import strings below)
import-choose-title = Choisir le journal d'un partenaire (XLSX, XLS, ODS ou CSV) à importer
import-read = Lire
import-title = Importer un journal de diffusion
import-reading = Lecture de { $file }…
import-unreadable = Le fichier ne peut pas être lu : { $reason }
import-read-as = Lu comme { $encoding }, séparé par { $separator }.
import-separator-tab = des tabulations
import-partner = Partenaire de chaque ligne :
import-partner-from-file = Selon la colonne partenaire du fichier
import-to-add = { $count ->
    [one] Une ligne à ajouter
   *[other] { $count } lignes à ajouter
}
import-to-skip = { $count ->
    [one] Une déjà dans le journal
   *[other] { $count } déjà dans le journal
}
import-to-reject = { $count ->
    [one] Une refusée
   *[other] { $count } refusées
}
import-ignored = Colonnes non lues : { $columns }
import-rejected-heading = Lignes refusées
import-added-heading = Lignes à ajouter
import-line = Ligne { $line }
import-more-rows = …et { $count } de plus.
import-confirm = { $count ->
    [0] Rien à importer
    [one] Importer une ligne
   *[other] Importer { $count } lignes
}
import-done = { $file } : { $added ->
    [one] une ligne ajoutée
   *[other] { $added } lignes ajoutées
}, { $skipped } ignorées (déjà dans le journal), { $rejected } refusées. Annuler reprend l'importation.
file-filter-csv = Tableaux enregistrés en CSV
import-column-date = date
import-column-partner = partenaire
import-column-channel = canal
import-column-title = titre
import-column-target-group = groupe cible
import-column-reach = portée
import-column-participants = participants
import-column-language = langue
import-column-link = lien
import-column-notes = remarques
import-column-activity = activité
import-too-few-columns = la ligne contient { $found } valeurs, mais l’en-tête nomme { $expected } colonnes.
import-too-many-columns = la ligne contient { $found } valeurs, mais l’en-tête ne nomme que { $expected } colonnes : un texte contenant un séparateur n’est-il pas entre guillemets ?
import-missing = la valeur de la colonne « { $column } » est manquante.
import-bad-date = « { $text } » n’est pas une date ; écrivez-la au format AAAA-MM-JJ, JJ/MM/AAAA ou JJ.MM.AAAA.
import-bad-number = la valeur « { $text } » de la colonne « { $column } » n’est pas un nombre entier.
import-negative = la valeur « { $text } » de la colonne « { $column } » est négative.
import-unknown-channel = « { $text } » n’est pas un canal connu de CommPlan (site web, réseaux sociaux, infolettre, presse, événement, publication, vidéo, courriel, autre).
import-unknown-target-group = « { $text } » n’est pas un groupe cible connu de CommPlan.
import-unknown-partner = le plan ne contient aucun partenaire « { $text } ».
import-bad-activity = « { $text } » n’est pas un identifiant d’activité comme 12 ou A12.
import-unknown-activity = le plan ne contient aucune activité { $id }.
import-bad-language = « { $text } » n’est pas un code de langue comme it, de ou sl.
import-file-empty = le fichier ne contient aucune ligne.
import-no-header = la ligne { $line } devrait nommer les colonnes (date, partner, channel, title, …), mais elle commence par « { $first } ».
import-missing-columns = { $count ->
    [one] la colonne { $columns } manque dans le fichier.
   *[other] les colonnes { $columns } manquent dans le fichier.
}
import-unknown-override = le plan ne contient aucun partenaire « { $id } ».
import-malformed = la ligne { $line } ne peut pas être lue comme du CSV : { $reason }
template-hint-date = Date : AAAA-MM-JJ, JJ/MM/AAAA ou JJ.MM.AAAA (obligatoire ; cette ligne est ignorée)
template-hint-partner = Votre identifiant de partenaire, par ex. VEN (obligatoire)
template-hint-channel = Canal (obligatoire) : { $words }
template-hint-title = Ce qui a été fait ou publié (obligatoire)
template-hint-target-group = Groupe cible, par ex. grand public, entreprise, enseignement supérieur et recherche
template-hint-reach = Personnes touchées ou exemplaires distribués (nombre entier)
template-hint-participants = Participants, pour les événements (nombre entier)
template-hint-language = Code de langue : it, de, fr, sl, en
template-hint-link = Lien vers le justificatif (post, article, photos)
template-hint-notes = Remarques
template-hint-activity = Identifiant de l’activité dans le plan, s’il est connu (par ex. 12)

## Search

# @search (add new search strings below)
search-placeholder = Rechercher livrables, activités, partenaires et entrées du journal
search-hint = Tapez un code, un titre, un partenaire ou un lieu.
search-nothing = Rien ne correspond à « { $query } ».
search-more = { $count ->
    [one] et un autre
   *[other] et { $count } autres
}
search-keys = ↑ ↓ pour choisir · Entrée pour ouvrir · Échap pour fermer
search-deliverables = Livrables
search-activities = Activités
search-partners = Partenaires
search-entries = Entrées du journal
search-open = Rechercher
search-shortcut = Ctrl+K

## issue 17: project set-up and reporting periods
period-short = P{ $number }
period-range = P{ $number } : { $first } – { $last }
period-error-length = Une période de rapport de { $months } mois n'est pas possible : indiquez de 1 à { $max } mois.
period-error-empty = La liste des périodes de rapport est vide.
period-error-first = La première période de rapport doit commencer au début du projet, pas le { $date }.
period-error-gap = La période de rapport commençant le { $date } ne suit pas la précédente (trou ou chevauchement).
period-error-month = La période de rapport commençant le { $date } ne commence pas sur un mois du projet (les périodes sont faites de mois entiers depuis le début du projet).
period-error-order = Une période de rapport se termine le { $date }, avant de commencer.
period-error-after = Une période de rapport se termine le { $date }, après la fin du projet.
cli-new-needs-name = Indiquez le nom du projet avec --name (et ses dates avec --start et --end), ou écrivez l'exemple avec --sample.
cli-new-sample-or-project = --sample écrit l'exemple S3-4Alp Clusters tel quel ; omettez --name, --start et les autres options du projet, ou omettez --sample.
cli-project-bad-zone = « { $text } » n'est pas un fuseau horaire ; indiquez un nom IANA comme Europe/Paris ou une ville comme Lisbon.
cli-project-name = Nom : { $name }
cli-project-acronym = Acronyme : { $acronym }
cli-project-programme = Programme : { $programme }
cli-project-lead = Partenaire chef de file : { $partner }
cli-project-communication-lead = Responsable de la communication : { $partner }
cli-project-language = Langue de travail : { $language }
cli-project-zone = Fuseau horaire : { $zone }
cli-project-zone-local = celui de cet ordinateur
cli-project-periods = Périodes de rapport :
cli-project-outside = { $count ->
    [one] Attention : un élément est hors des dates du projet (laissé tel quel) :
   *[other] Attention : { $count } éléments sont hors des dates du projet (laissés tels quels) :
}
cli-project-plan-open = { $path } est ouvert dans CommPlan ; modifiez le projet là (Aperçu → Projet), ou fermez-le d'abord.
project-new-title = Votre projet
project-edit-title = Projet
project-name = Nom
project-acronym = Acronyme
project-programme = Programme
project-start = Début
project-end = Fin
project-date-hint = Dates comme 2025-10-01, 01/10/2025 ou 01.10.2025.
project-period-months = Période de rapport (mois)
project-first-months = Première période (mois)
project-first-same = même durée
project-periods-more = { " " }et { $count } de plus
project-zone = Fuseau horaire
project-zone-none = Aucun fuseau horaire ne correspond à « { $text } ».
project-zone-local = Le fuseau horaire de cet ordinateur est utilisé.
project-language = Langue de travail
project-lead = Partenaire chef de file
project-communication-lead = Responsable de la communication
project-new-leads-later = Ajoutez ensuite les partenaires ; le chef de file et le responsable de la communication sont choisis parmi eux (Aperçu → Modifier le projet).
project-create = Créer…
project-save = Enregistrer
project-saved = Le projet a été enregistré. Édition → Annuler le rétablit.
project-missing-name = Le nom du projet manque.
project-bad-date = « { $text } » n'est pas une date ; écrivez-la 2025-10-01, 01/10/2025 ou 01.10.2025.
project-bad-months = « { $text } » n'est pas un nombre de mois.
project-bad-zone = Choisissez un fuseau horaire dans la liste, ou laissez le champ vide (« { $text } » n'en est pas un).
project-outside = { $count ->
    [one] Un élément est hors de ces dates. Il est laissé tel quel :
   *[other] { $count } éléments sont hors de ces dates. Ils sont laissés tels quels :
}
project-outside-more = …et { $count } de plus.
overview-sample-ended = Exemple : { $acronym }, terminé le { $date }
overview-running-period = Le projet est en cours : { $period }
overview-edit-project = Modifier le projet…
overview-start-own = Commencer votre projet
overview-agenda-ended = Le projet est terminé : plus rien n'est prévu.
overview-undelivered = Non livrés à la fin
overview-not-delivered = non livré
settings-project = Projet
settings-project-hint = Nom, dates, chefs de file, fuseau horaire et périodes de rapport du plan ouvert.
log-form-outside-warning = Hors du projet ({ $start } – { $end }) : conservée, et comptée dans la première ou la dernière période.
log-filter-all-periods = Toute période
deliverables-submitted-date = Remis le
deliverables-approved-date = Approuvé le
deliverables-error-approved-before = La date d'approbation précède la date de remise.
partners-offer-communication = { $name } a le rôle de responsable de la communication. En faire le responsable de la communication du projet ?
partners-offer-communication-accept = En faire le responsable de la communication
partners-offer-lead = { $name } a le rôle de chef de file. En faire le chef de file du projet ?
partners-offer-lead-accept = En faire le chef de file
partners-offer-decline = Pas maintenant

## issue 20: the progress-report pack
report-error-period = Le projet n'a pas de période de rapport { $number } : il en a { $count }.
report-error-partner = Le plan n'a pas de partenaire « { $id } ».
report-title = { $project } : rapport d'avancement, { $period }
report-part-activities = Activités par lot de travail
report-part-not-done = Prévues et non réalisées (annulées ou reportées)
report-part-deliverables = Livrables dus ou remis dans la période
report-part-indicators = Indicateurs
report-part-partners = Contribution des partenaires
report-part-groups = Groupes cibles atteints
report-part-warnings = À vérifier avant le rapport
report-col-code = Code
report-col-title = Titre
report-col-kind = Type
report-col-date = Date
report-col-first = Du
report-col-last = Au
report-col-times = Fois
report-col-work-package = Lot de travail
report-col-responsible = Responsable
report-col-contributors = Contributeurs
report-col-status = Statut
report-col-notes = Notes
report-col-due = Échéance
report-col-submitted = Remis
report-col-overdue = En retard à la fin de la période
report-col-link = Lien
report-col-unit = Unité
report-col-this-period = Cette période
report-col-before = Déclaré avant
report-col-cumulative = Cumulé
report-col-target = Cible
report-col-share = Atteint
report-col-partner = Partenaire
report-col-activities = Activités
report-col-entries = Entrées du registre
report-col-reach = Portée
report-col-participants = Participants
report-col-group = Groupe cible
report-col-warning = Avertissement
report-yes = oui
report-none = Rien dans cette période.
report-no-work-package = Aucun lot de travail
report-overdue = en retard à la fin de la période
report-evidence = Justificatifs pour { $indicator }
report-silent = Aucune entrée au registre dans cette période : { $partners }.
report-no-warnings = Rien à vérifier.
report-warning-no-evidence = Aucun lien justificatif : { $entry }
report-warning-no-participants = Un événement sans participants : { $entry }
report-warning-outside = Daté hors du projet : { $entry }
report-warning-unlinked = { $indicator } compte les événements par leur activité : { $count } entrées de ses canaux ne nomment aucune activité et sont laissées de côté.
report-dialog-title = Rapport d'avancement
report-period = Période de rapport
report-partner = Partenaire
report-whole-project = Tout le projet
report-language = Langue
report-form = Format
report-form-html = Page imprimable (HTML)
report-form-csv = Tableau (CSV)
report-write = Écrire…
report-save-title = Enregistrer le rapport d'avancement
report-written = Rapport d'avancement écrit dans { $path }
report-summary = { $activities } activités, { $deliverables } livrables, { $warnings } points à vérifier.
indicators-report = Rapport d'avancement…
## issue 17: recurrence like a calendar client
repeat-day = jour(s)
repeat-year = an(s)
problem-rule-misses-first-day = La répétition ne tombe pas le premier jour : choisissez aussi son jour de la semaine.
recur-daily = { $every ->
    [one] tous les jours
   *[other] tous les { $every } jours
}
recur-weekly-on = { $every ->
    [one] chaque semaine : { $days }
   *[other] toutes les { $every } semaines : { $days }
}
recur-monthly-day = { $every ->
    [one] chaque mois le { $day }
   *[other] tous les { $every } mois le { $day }
}
recur-monthly-nth = le { $nth ->
    [first] premier
    [second] deuxième
    [third] troisième
    [fourth] quatrième
    [fifth] cinquième
   *[last] dernier
} { $weekday ->
    [mon] lundi
    [tue] mardi
    [wed] mercredi
    [thu] jeudi
    [fri] vendredi
    [sat] samedi
   *[sun] dimanche
} { $every ->
    [one] de chaque mois
   *[other] tous les { $every } mois
}
recur-yearly = { $every ->
    [one] chaque année le { $day } { $month }
   *[other] tous les { $every } ans le { $day } { $month }
}
recur-count = { $count ->
    [one] , une fois
   *[other] , { $count } fois
}
recur-until = , jusqu’au { $date }
recur-skipped = { $count ->
    [one] , 1 sautée
   *[other] , { $count } sautées
}
recur-moved = { $count ->
    [one] , 1 déplacée
   *[other] , { $count } déplacées
}
export-repeats = Répétition : { $rule }
editor-repeat-daily = Tous les jours
editor-repeat-yearly = Chaque année
editor-every-n = Tous les
editor-weekdays = Les
editor-monthly-on = Quel jour
editor-ends = Se termine
editor-ends-never = Avec le projet
editor-ends-on = À une date
editor-ends-after = Après N fois
editor-count = Nombre de fois
editor-count-invalid = Écrivez un nombre entier à partir de 1.
editor-weekday-missing = Choisissez aussi le jour de la semaine du premier jour.
editor-occurrence-title = Occurrence du { $date }
editor-scope-question = Appliquer les modifications à
editor-scope-occurrence = Cette occurrence
editor-scope-series = Toute la série
editor-scope-note = Pour cette occurrence, seules la date et l’heure changent.
editor-skip-occurrence = Sauter cette occurrence
calendar-move-question = Cet élément se répète : déplacer seulement cette occurrence ou toute la série ?
calendar-move-occurrence = Cette occurrence
calendar-move-series = Toute la série
calendar-move-cancel = Annuler
## issue 16: the plan on disk is never silently overwritten or lost
save-changed-on-disk = le fichier a changé sur le disque depuis sa lecture ; rien n'a été écrit
save-too-large = le plan ferait { $megabytes } Mo, plus que les { $limit } Mo permis, et ne pourrait pas être rouvert ; rien n'a été écrit
read-only-file = Ce fichier de plan est en lecture seule (ses droits n'autorisent pas l'écriture) : il est donc en lecture seule ici. Utilisez Enregistrer sous pour continuer dans une copie.
notice-backup-failed = Le plan a été enregistré, mais la sauvegarde avant l'enregistrement n'a pas pu être faite : { $reason }
notice-reloaded = Le plan a changé sur le disque et a été rechargé.
notice-kept-both = Votre version a été enregistrée sous { $copy } ; la fenêtre montre maintenant le fichier tel qu'il est sur le disque.
notice-applied = Vos modifications ont été appliquées au fichier tel qu'il est sur le disque.
notice-apply-failed = Vos modifications n'ont pas toutes pu être appliquées au fichier sur le disque ({ $reason }) ; rien n'a changé. Gardez plutôt les deux.
dialog-changed-title = Le plan a changé sur le disque
dialog-changed-body = Un autre programme (un client de synchronisation, un éditeur, un autre CommPlan) a modifié { $path } alors que cette fenêtre avait des modifications non enregistrées. Rien n'a été écrasé.
dialog-changed-section = { $section } : { $disk } sur le disque, { $here } dans cette fenêtre
dialog-changed-same-counts = Le même nombre d'éléments dans chaque liste ; certains éléments diffèrent.
dialog-changed-apply = Appliquer mes modifications au fichier sur le disque
dialog-changed-keep-both = Garder les deux (enregistrer la mienne comme copie)
section-partners = Partenaires
section-work-packages = Lots de travail
section-activities = Activités
section-deliverables = Livrables
section-log = Entrées du journal
section-indicators = Indicateurs
cli-export-onto-plan = { $path } est un fichier de plan ; un export n'écrit jamais sur un plan.
cli-export-exists = { $path } existe ; ajoutez --force pour le remplacer.
export-replace-body = { $path } existe. Le remplacer par l'export ?
export-refuse-plan = { $path } est un fichier de plan ; choisissez un autre nom pour l'export.
import-control-character = un caractère de contrôle ({ $code }) dans une cellule, qu'une entrée du journal ne peut pas contenir
import-unclosed-quote = un guillemet ouvert sur cette ligne n'est jamais fermé
import-line-too-long = une ligne de plus de { $limit } caractères
import-column-limit = plus de { $limit } colonnes
import-input-too-large = plus de { $megabytes } Mo lus ; le journal d'un partenaire est plus petit
html-expansion-capped = Les éléments répétés sont affichés jusqu'au { $date } et au plus { $count } fois chacun.
import-row-limit = plus de { $limit } lignes ; le journal d'un partenaire est plus court (divisez le fichier)
conflict-copy-name = { $name } (conflit { $when })
## issue 19: publishing calendars (CalDAV, WebDAV) and exports per partner
export-error-nothing-matched = Aucun résultat : le partenaire et les dates choisis n’ont ni activité ni échéance, aucun calendrier n’a donc été écrit.
publish-error-bad-url = « { $url } » n’est pas une adresse de serveur : elle doit commencer par http:// ou https://.
publish-error-unreachable = Impossible de joindre { $url } : { $reason }. Vérifiez l’adresse et la connexion réseau, puis publiez à nouveau.
publish-error-unauthorized = Le serveur { $url } a refusé le nom d’utilisateur ou le mot de passe (401). Vérifiez-les ; des serveurs comme Nextcloud peuvent exiger un mot de passe d’application.
publish-error-forbidden = Le serveur ne permet pas à cet utilisateur d’écrire { $url } (403) : le calendrier appartient peut-être à un autre utilisateur. Demandez l’accès à son propriétaire ou choisissez une autre adresse.
publish-error-quota = Le serveur { $url } n’a plus d’espace (507). Supprimez d’anciens calendriers ou demandez plus d’espace à l’administrateur, puis publiez à nouveau.
publish-error-not-calendar = { $url } existe déjà sur le serveur mais n’est pas un calendrier. Renommez-le ou supprimez-le, puis publiez à nouveau.
publish-error-status = Le serveur a répondu { $status } à { $method } { $url }. Publier à nouveau répare ce qui est resté à moitié fait.
publish-error-bad-answer = La réponse du serveur à { $method } { $url } est illisible : { $reason }
publish-error-cancelled = Publication annulée. Ce qui a été envoyé reste sur le serveur ; publier à nouveau la complète.
cli-publish-password-prompt = Mot de passe ou jeton d’application pour { $user } :
cli-publish-no-password = Aucun mot de passe : définissez { $var } ou donnez-le sur l’entrée standard.
cli-publish-dry-run = Essai : rien n’a été modifié sur le serveur.
cli-publish-line = { $calendar } ({ $language }) : { $created } créés, { $updated } mis à jour, { $deleted } supprimés, { $unchanged } inchangés
cli-publish-requests = { $total } requêtes ({ $put } PUT, { $delete } DELETE, { $mkcalendar } MKCALENDAR, { $reads } lectures) en { $ms } ms
export-html-deliverables-delivered = Déjà remis
toolbar-publish = Publier…
toolbar-publish-hint = Publier le calendrier de chaque partenaire sur un serveur de calendriers auquel il s’abonne
publish-dialog-title = Publier les calendriers
publish-dialog-hint = Chaque partenaire reçoit un calendrier dans sa langue sur votre serveur CalDAV (Nextcloud, Radicale…). Publier à nouveau n’envoie que ce qui a changé.
publish-url-placeholder = https://cloud.example.org/remote.php/dav
publish-field-server = Serveur
publish-field-user = Utilisateur
publish-field-password = Mot de passe
publish-remember = Garder le mot de passe dans le trousseau du système
publish-webdav = Fichiers .ics simples dans un dossier WebDAV
publish-keyring-unavailable = Le trousseau du système est inutilisable ({ $reason }) : tapez le mot de passe à chaque fois.
publish-field-partners = Partenaires
publish-all-partners = Tous
publish-whole-plan = Aussi un calendrier avec tout le plan
publish-row-done = { $created } créés · { $updated } mis à jour · { $deleted } supprimés · { $unchanged } inchangés
publish-row-waiting = En attente…
publish-summary = { $calendars } calendriers, { $failed } en échec · { $requests } requêtes en { $seconds } s
publish-close = Fermer
publish-busy = Publication…
publish-start = Publier
## issue 18: spreadsheets

import-at-sheet-row = feuille « { $sheet } », ligne { $row }
import-ambiguous-date = « { $text } » peut être jour/mois ou mois/jour, et aucune date de la colonne ne le précise ; choisir l’ordre dans l’aperçu (ou --date-order).
import-workbook-damaged = Le classeur { $format } est illisible : { $reason }. Rien n’a été importé.
import-sheet-damaged = La feuille « { $sheet } » du classeur { $format } est illisible : { $reason }. Rien n’a été importé.
import-workbook-encrypted = Le classeur est protégé par un mot de passe. L’enregistrer sans mot de passe, puis l’importer à nouveau. Rien n’a été importé.
import-not-a-workbook = Ceci est un fichier { $what }, pas un tableur : CommPlan lit CSV, XLSX, XLS et ODS. Rien n’a été importé.
import-binary = Ce fichier n’est ni du texte ni un classeur (CSV, XLSX, XLS, ODS). Rien n’a été importé.
import-sheet-too-large = La feuille « { $sheet } » a plus de { $cells } cellules remplies : trop grande pour un journal de diffusion. Rien n’a été importé.
import-unknown-sheet = Le classeur n’a pas de feuille « { $sheet } ».
import-in-sheet = Feuille « { $sheet } » : { $error }
cli-import-bad-order = « { $text } » n’est pas un ordre de date : utiliser dmy (jour d’abord) ou mdy (mois d’abord).
cli-import-number-columns = le fichier a des colonnes de nombres que CommPlan ne lit pas : { $columns }. Rien n’a été importé ; les renommer en une colonne connue, ou importer sans elles avec --without-unknown-columns.
import-workbook-truncated = Le fichier { $format } est incomplet (interrompu pendant la copie ou le téléchargement ?). Le redemander. Rien n’a été importé.
sheet-column-id = ID
sheet-column-title = Titre
sheet-column-kind = Type
sheet-column-status = Statut
sheet-column-responsible = Partenaire responsable
sheet-column-contributors = Contributeurs
sheet-column-work-package = Lot de travail
sheet-column-start-date = Date de début
sheet-column-end-date = Date de fin
sheet-column-start-time = Heure de début
sheet-column-end-time = Heure de fin
sheet-column-time-zone = Fuseau horaire
sheet-column-repeat-every = Répéter tous les
sheet-column-repeat-unit = Unité de répétition
sheet-column-repeat-until = Répéter jusqu’au
sheet-column-venue = Lieu
sheet-column-city = Ville
sheet-column-country = Pays
sheet-column-online = Lien en ligne
sheet-column-channel = Canal
sheet-column-target-groups = Groupes cibles
sheet-column-languages = Langues
sheet-column-registration = Inscription
sheet-column-campaign = Campagne
sheet-column-notes = Remarques
sheet-column-sequence = Révision
sheet-column-modified = Modifié
sheet-column-code = Code
sheet-column-lead = Partenaire chef de file
sheet-column-due = Échéance
sheet-column-submitted = Remis le
sheet-column-link = Lien
sheet-column-date = Date
sheet-column-partner = Partenaire
sheet-column-target-group = Groupe cible
sheet-column-reach = Portée
sheet-column-participants = Participants
sheet-column-language = Langue
sheet-column-activity = Activité
sheet-column-name = Nom
sheet-column-short-name = Nom court
sheet-column-role = Rôle
sheet-column-contact-name = Personne de contact
sheet-column-contact-email = Courriel de contact
sheet-column-color = Couleur
sheet-column-indicator = Indicateur
sheet-column-unit = Unité
sheet-column-period = Période
sheet-column-from = Du
sheet-column-to = Au
sheet-column-actual = Atteint
sheet-column-cumulative = Cumulé
sheet-column-target = Cible
sheet-column-progress = Avancement
export-error-workbook = Le classeur n’a pas pu être écrit : { $reason }
sheet-title-activities = Activités
sheet-title-deliverables = Livrables
sheet-title-dissemination = Journal de diffusion
sheet-title-partners = Partenaires
sheet-title-indicators-by-period = Indicateurs par période
sheet-title-indicators-by-partner = Indicateurs par partenaire
file-filter-spreadsheets = Tableurs (XLSX, XLS, ODS, CSV)
import-read-as-workbook = Lu comme classeur { $format } (feuilles : { $sheets })
import-sheet = Feuille
import-order-day-first = Jour d’abord (3/4 = 3 avril)
import-order-month-first = Mois d’abord (3/4 = 4 mars)
import-date-order = Les dates peuvent être jour/mois ou mois/jour :
import-date-order-choose = Choisir l’ordre
import-without-number-columns = Importer sans les colonnes de nombres que CommPlan ne lit pas : { $columns }
import-unknown-words = Mots que CommPlan ne connaît pas : les associer une fois pour tout le fichier
import-unknown-word = « { $word } » (lignes : { $rows })
import-map-to = signifie…
export-table-indicators-by-period = Indicateurs par période
export-table-indicators-by-partner = Indicateurs par partenaire
export-format-xlsx = Excel (XLSX)
export-format-xlsx-hint = Un classeur pour Excel et LibreOffice, dans la langue choisie : dates et nombres en tant que tels, en-tête figé, filtres actifs.
export-option-template = Le modèle vide du journal de diffusion pour les partenaires (listes déroulantes ; le partenaire choisi ci-dessus déjà saisi)
export-filter-xlsx = Classeurs Excel
cli-import-sheet = feuille « { $sheet } », en-tête à la ligne { $row }
import-rejected-reason-column = Pourquoi cette ligne n’a pas été importée
import-save-rejected = Enregistrer les lignes refusées pour le partenaire…
import-correct = Corriger { $column }, Entrée
sheet-column-repeat-weekdays = Se répète le
sheet-column-repeat-nth = Semaine du mois
sheet-column-repeat-count = Fois
sheet-column-repeat-skipped = Sautées
sheet-column-repeat-moved = Déplacées
## issue 15: a calendar and editors you can trust with a mouse
calendar-drag-to = vers { $when }
calendar-selection-hint = Cliquez sur un élément pour le sélectionner, faites-le glisser pour le déplacer, double-cliquez pour le modifier.
leave-title = Enregistrer les modifications avant de continuer ?
leave-text = { $screens } : ce que vous avez saisi n’est pas encore enregistré.
leave-save = Enregistrer
leave-discard = Abandonner les modifications
leave-stay = Revenir
problem-empty-partner-id = L’identifiant du partenaire manque (par exemple VEN ou P01).
problem-empty-country = Le pays manque : indiquez son code à deux lettres, par exemple IT ou AT.
calendar-campaign-delete-title = Supprimer la campagne « { $title } » ?
calendar-campaign-delete-items = { $count ->
    [one] Elle a un élément :
   *[other] Elle a { $count } éléments :
}
calendar-campaign-more = et { $count } autres
calendar-campaign-cancel = Annuler
calendar-campaign-keep = { $count ->
    [one] Garder l’élément, sans la campagne
   *[other] Garder les éléments, sans la campagne
}
calendar-campaign-delete-all = { $count ->
    [one] Le supprimer aussi
   *[other] Supprimer aussi les { $count }
}
log-form-activity-search = Activité : tapez pour la trouver par son titre
log-form-activity-found = Porte sur :
log-form-pick-activity = Choisissez l’activité parmi celles trouvées par leur titre, ou videz le champ.
report-form-xlsx = Classeur (XLSX)

## issue 17e: the activity editor's dates, times and zones
editor-close = Fermer
editor-read-only-note = Ce plan est ouvert ici en lecture seule : on peut regarder, pas modifier.
editor-time-none = Aucune heure de la liste ne commence ainsi ; écrivez-la comme 10:30.
editor-read-title = Activité (lecture seule)
calendar-show = Afficher
## issue 15: forms (an empty date is named as missing)
log-form-no-date = La date manque : écrivez 2018-03-15, 15/03/2018 ou 15.03.2018.
## issue 17: foreign zones, date pickers and long titles
# la même heure dans le fuseau du projet et dans celui de l’élément: "10:00 Rome · 09:00 Lisbon"
calendar-in-two-zones = { $here } { $here_zone } · { $there } { $there_zone }
## issue 18: forgetting the words remembered from a partner's imports
partners-mappings-title = Mots retenus des fichiers de ce partenaire
partners-mappings-hint = Quand une importation associe un mot que CommPlan ne connaît pas, le choix est gardé pour le prochain fichier du partenaire. Conservé dans les réglages de cet ordinateur, pas dans le plan : oublier un mot ne peut pas être annulé, et la prochaine importation le demandera à nouveau.
partners-mappings-none = Aucun mot retenu pour l’instant.
partners-mappings-word = { $vocab } : « { $word } » → { $value }
partners-mappings-forget = Oublier « { $word } »
partners-mappings-forgotten = « { $word } » oublié : la prochaine importation du partenaire le demandera à nouveau.

## issue 17z: countries
zone-search-placeholder = Chercher une ville ou un pays : Lisbon, Portugal, PT…
zone-search-none = Aucun fuseau horaire ne correspond à « { $value } » : essayez une ville ou un pays, p. ex. Lisbon ou Portugal.
country-AD = Andorre
country-AE = Émirats arabes unis
country-AL = Albanie
country-AM = Arménie
country-AR = Argentine
country-AT = Autriche
country-AU = Australie
country-AX = Îles Åland
country-AZ = Azerbaïdjan
country-BA = Bosnie-Herzégovine
country-BE = Belgique
country-BG = Bulgarie
country-BR = Brésil
country-BY = Biélorussie
country-CA = Canada
country-CH = Suisse
country-CL = Chili
country-CN = Chine
country-CO = Colombie
country-CY = Chypre
country-CZ = Tchéquie
country-DE = Allemagne
country-DK = Danemark
country-EE = Estonie
country-EG = Égypte
country-ES = Espagne
country-FI = Finlande
country-FO = Îles Féroé
country-FR = France
country-GB = Royaume-Uni
country-GE = Géorgie
country-GG = Guernesey
country-GI = Gibraltar
country-GR = Grèce
country-HK = Hong Kong
country-HR = Croatie
country-HU = Hongrie
country-ID = Indonésie
country-IE = Irlande
country-IL = Israël
country-IM = Île de Man
country-IN = Inde
country-IR = Iran
country-IS = Islande
country-IT = Italie
country-JE = Jersey
country-JP = Japon
country-KE = Kenya
country-KR = Corée du Sud
country-KZ = Kazakhstan
country-LI = Liechtenstein
country-LT = Lituanie
country-LU = Luxembourg
country-LV = Lettonie
country-MA = Maroc
country-MC = Monaco
country-MD = Moldavie
country-ME = Monténégro
country-MK = Macédoine du Nord
country-MT = Malte
country-MX = Mexique
country-MY = Malaisie
country-NG = Nigéria
country-NL = Pays-Bas
country-NO = Norvège
country-NZ = Nouvelle-Zélande
country-PE = Pérou
country-PH = Philippines
country-PK = Pakistan
country-PL = Pologne
country-PT = Portugal
country-QA = Qatar
country-RO = Roumanie
country-RS = Serbie
country-RU = Russie
country-SA = Arabie saoudite
country-SE = Suède
country-SG = Singapour
country-SI = Slovénie
country-SJ = Svalbard et Jan Mayen
country-SK = Slovaquie
country-SM = Saint-Marin
country-TH = Thaïlande
country-TN = Tunisie
country-TR = Turquie
country-TW = Taïwan
country-UA = Ukraine
country-US = États-Unis
country-VA = Vatican
country-VN = Viêt Nam
country-ZA = Afrique du Sud
