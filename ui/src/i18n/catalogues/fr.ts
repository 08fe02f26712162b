// Français. Drafted by the development team; to be reviewed by a French-speaking official.

import type { Catalogue } from "../types";

const fr: Catalogue = {
  locale: "fr",
  name: "Français",
  dir: "ltr",
  review: "draft",
  messages: {
    "app.name": "Waypoint",
    "app.loading": "Ouverture…",

    "language.label": "Langue",
    "language.hint": "Change uniquement la langue et la mise en page de l’application sur cet appareil. Les fiches ne sont pas traduites.",

    "setup.title": "Configurer cet appareil",
    "setup.intro": "Première utilisation : créez le code du site et le premier compte d’agent. Cet agent devient le superviseur de l’appareil.",
    "setup.site_code": "Code du site",
    "setup.site_code.hint": "2 à 6 lettres ou chiffres, p. ex. LSV",
    "setup.username": "Identifiant",
    "setup.username.hint": "2 à 32 lettres, chiffres, points, tirets ou tirets bas",
    "setup.display_name": "Nom affiché",
    "setup.passphrase": "Phrase secrète",
    "setup.passphrase.hint": "Au moins 10 caractères. Elle ne peut pas être récupérée : conservez-la en lieu sûr.",
    "setup.passphrase2": "Confirmer la phrase secrète",
    "setup.passphrase_mismatch": "Les deux phrases secrètes diffèrent. Saisissez deux fois la même.",
    "setup.submit": "Configurer l’appareil",

    "unlock.title": "Déverrouiller Waypoint",
    "unlock.officer": "Agent",
    "unlock.passphrase": "Phrase secrète",
    "unlock.submit": "Déverrouiller",
    "unlock.working": "Vérification…",

    "home.title": "Personnes enregistrées",
    "home.signed_in": "{name} · site {site}",
    "home.lock": "Verrouiller",
    "home.register": "Enregistrer une personne",
    "home.empty": "Aucune personne n’est encore enregistrée sur cet appareil.",
    "home.count": "{count, plural, one {# personne} many {# de personnes} other {# personnes}}",
    "home.count_at_least": "{count, plural, one {au moins # personne} many {au moins # de personnes} other {au moins # personnes}}",
    "home.search": "Rechercher par nom ou numéro de dossier",
    "home.search.submit": "Rechercher",
    "home.search.placeholder": "Nom ou numéro de dossier",

    "list.case_number": "Numéro de dossier",
    "list.name": "Nom",
    "list.original_name": "Nom (écriture d’origine)",
    "list.nationality": "Nationalité",
    "list.born": "Naissance",
    "list.status": "Statut",

    "register.title": "Enregistrer une personne",
    "register.names": "Nom",
    "register.original": "{part} (écriture d’origine)",
    "register.latin": "{part} (lettres latines)",
    "register.sex": "Sexe",
    "register.dob": "Date de naissance",
    "register.dob.precision": "Quelle est la précision de la date de naissance ?",
    "register.dob.value": "Date de naissance",
    "register.dob.hint.exact": "AAAA-MM-JJ, p. ex. 1994-03-21",
    "register.dob.hint.year_month": "AAAA-MM, p. ex. 1994-03",
    "register.dob.hint.year": "AAAA, p. ex. 1994",
    "register.dob.hint.estimated_age": "Âge en années, p. ex. 30",
    "register.dob.age": "Âge estimé",
    "register.nationality": "Nationalité",
    "register.nationality.none": "Pas encore connue",
    "register.languages": "Langues parlées",
    "register.preferred_language": "Langue préférée pour l’information",
    "register.preferred_language.none": "Non indiquée",
    "register.phone": "Téléphone",
    "register.protection": "Demande une protection internationale",
    "register.protection.yes": "Oui",
    "register.likely.title": "{count, plural, one {Une personne semblable est déjà enregistrée} many {# de personnes semblables sont déjà enregistrées} other {# personnes semblables sont déjà enregistrées}}",
    "register.likely.match": "même personne ?",
    "register.likely.probable": "à vérifier",
    "register.likely.hint": "Ouvrez un dossier pour comparer. S’il s’agit d’une nouvelle personne, appuyez de nouveau sur Enregistrer.",
    "register.protection.no": "Non",
    "register.protection.unknown": "Pas encore demandé",
    "register.consent": "Consentement à l’enregistrement",
    "register.consent.given": "Donné",
    "register.consent.refused": "Refusé",
    "register.consent.hint": "Un refus n’a aucune conséquence défavorable pour la personne.",
    "register.submit": "Enregistrer",
    "register.cancel": "Annuler",
    "register.saving": "Enregistrement…",
    "register.saved": "Enregistrement effectué : {case}.",
    "register.other_errors": "À vérifier aussi :",

    "name.given": "Prénom",
    "name.father": "Nom du père",
    "name.grandfather": "Nom du grand-père",
    "name.family": "Nom de famille",
    "name.other": "Autre nom",

    "dob.exact": "Date exacte",
    "dob.year_month": "Année et mois",
    "dob.year": "Année seulement",
    "dob.estimated_age": "Âge estimé",
    "dob.unknown": "Inconnue",
    "dob.estimated_on": "environ {age} ans au {date}",

    "sex.female": "Féminin",
    "sex.male": "Masculin",
    "sex.other": "Autre",
    "sex.unknown": "Inconnu",

    "status.pre_registered": "Pré-enregistré",
    "status.registered": "Enregistré",
    "status.referred": "Orienté",
    "status.transferred": "Transféré",
    "status.closed": "Clos",

    "nationality.XXA": "Apatride",
    "nationality.XXX": "Nationalité inconnue",

    "detail.back": "Retour à la liste",
    "detail.title": "Fiche de la personne",
    "detail.case_number": "Numéro de dossier",
    "detail.names": "Noms",
    "detail.sex": "Sexe",
    "detail.dob": "Date de naissance",
    "detail.nationality": "Nationalité",
    "detail.languages": "Langues",
    "detail.preferred_language": "Langue préférée",
    "detail.phone": "Téléphone",
    "detail.protection": "Demande une protection",
    "detail.consent": "Consentement à l’enregistrement",
    "detail.status": "Statut",
    "detail.registered_at": "Enregistré le",
    "detail.history": "Historique",
    "detail.conflicts": "{count, plural, one {# champ a été modifié sur deux appareils et doit être vérifié.} many {# de champs ont été modifiés sur deux appareils et doivent être vérifiés.} other {# champs ont été modifiés sur deux appareils et doivent être vérifiés.}}",
    "detail.none": "—",
    "conflict.keep": "Garder celle-ci",
    "conflict.device": "sur l’appareil {device}",
    "conflict.supervisor_only": "Un superviseur choisit la valeur à garder.",
    "erase.title": "Effacer ce dossier",
    "erase.explain": "Seul un superviseur peut le faire. Le dossier est supprimé de cet appareil, du serveur et de tous les appareils qui se synchronisent. C’est irréversible.",
    "erase.reason": "Motif",
    "erase.reason.entered_in_error": "Saisi par erreur",
    "erase.reason.duplicate": "Doublon d’un autre dossier",
    "erase.reason.person_requested": "La personne l’a demandé",
    "erase.reason.ordered": "Ordonné par une autorité",
    "erase.submit": "Effacer définitivement",
    "erase.done": "Le dossier a été effacé.",

    "detail.leaflets": "Brochures d’information remises",

    "detail.leaflets.none": "Aucune brochure remise pour l’instant.",

    "detail.give_leaflet": "Remettre une brochure",

    "leaflet.title": "Brochure d’information",

    "leaflet.back": "Retour à la fiche",

    "leaflet.choose": "Brochure",

    "leaflet.language": "Langue de la brochure",

    "leaflet.large_text": "Grand texte",

    "leaflet.status.machine_drafted": "Traduction automatique, pas encore relue par un locuteur natif",

    "leaflet.status.reviewed": "Traduction relue par un locuteur natif",

    "leaflet.version": "version {version}",

    "leaflet.legal_basis": "Base juridique",

    "leaflet.record.title": "Enregistrer la remise",

    "leaflet.format": "Mode de remise",

    "leaflet.format.screen": "Montrée à l’écran",

    "leaflet.format.print": "Copie imprimée",

    "leaflet.format.pdf": "PDF",

    "leaflet.explained_orally": "Expliquée oralement",

    "leaflet.interpreter": "Langue de l’interprète",

    "leaflet.interpreter.none": "Sans interprète",

    "leaflet.interpreter_used": "avec un interprète ({language})",

    "leaflet.ack": "Accusé de réception de la personne",

    "leaflet.ack.none": "Aucun",

    "leaflet.ack.verbal": "Confirmé oralement",

    "leaflet.ack.signed": "Signé",

    "leaflet.ack.declined": "A refusé d’accuser réception",

    "leaflet.record": "Enregistrer la remise",

    "leaflet.recorded": "Enregistré : « {leaflet} » en {language}.",


    "due.title": "Brochures dues",


    "due.count": "{count, plural, one {# brochure due} many {# de brochures dues} other {# brochures dues}}",


    "due.none": "Toutes les personnes enregistrées ici ont reçu les brochures requises.",


    "due.today": "à remettre aujourd’hui",


    "due.overdue": "{count, plural, one {# jour de retard} many {# de jours de retard} other {# jours de retard}}",


    "due.more": "{count, plural, one {et # autre} many {et # d’autres} other {et # autres}}",


    "settings.deadlines": "Brochures obligatoires",


    "settings.deadlines.hint": "Nombre de jours après l’enregistrement pour remettre la brochure à chaque personne (0 : à l’enregistrement). Laisser vide si elle n’est pas obligatoire.",


    "settings.deadlines.unit": "jours",


    "settings.deadlines.save": "Enregistrer les délais",


    "settings.deadlines.saved": "Délais enregistrés. Tous les appareils de ce site les recevront à leur prochaine synchronisation.",



    "leaflet.pdf": "Enregistrer en PDF",



    "leaflet.pdf.saved": "Enregistré en PDF : {path}",



    "leaflet.missing_contacts": "Les coordonnées de ce site pour cette brochure ne sont pas renseignées ({names}). Un superviseur les saisit dans les Paramètres ; d’ici là, elle ne peut pas être imprimée.",



    "settings.contacts": "Contacts dans les brochures",



    "settings.contacts.hint": "Imprimés dans la brochure des contacts, dans toutes les langues. Indiquez les numéros avec l’indicatif du pays.",



    "settings.contacts.save": "Enregistrer les contacts",



    "settings.contacts.saved": "Contacts enregistrés. Tous les appareils de ce site les recevront à leur prochaine synchronisation.",




    "home.group": "Préenregistrer une famille",




    "group.title": "Préenregistrer une famille ou un groupe",




    "group.intro": "Quelques champs par personne ; chaque fiche sera complétée plus tard. Les lignes sans prénom sont ignorées.",




    "group.cancel": "Annuler",




    "group.arrival": "Arrivée",




    "group.border_point": "Point de passage",




    "group.means": "Moyen d’arrivée",




    "group.means.unknown": "Non renseigné",




    "group.means.land": "Terre",




    "group.means.sea": "Mer",




    "group.means.air": "Air",




    "group.means.other": "Autre",




    "group.member": "Personne {n}",




    "group.given": "Prénom",




    "group.family": "Nom de famille",




    "group.dob": "Âge ou date de naissance",




    "group.dob.hint": "Âge en années (ex. 34), ou AAAA, AAAA-MM ou AAAA-MM-JJ",




    "group.relationship": "Lien",




    "group.add": "Ajouter une personne",




    "group.submit": "Tout préenregistrer",




    "group.done": "{count, plural, one {# personne préenregistrée.} many {# de personnes préenregistrées.} other {# personnes préenregistrées.}}",




    "relationship.focal_point": "Chef de famille / personne de référence",




    "relationship.spouse": "Conjoint",




    "relationship.child": "Enfant",




    "relationship.parent": "Parent",




    "relationship.sibling": "Frère ou sœur",




    "relationship.grandparent": "Grand-parent",




    "relationship.grandchild": "Petit-enfant",




    "relationship.other_relative": "Autre parent",




    "relationship.not_related": "Sans lien de parenté",





    "filters.title": "{count, plural, =0 {Filtres} one {Filtres (# actif)} many {Filtres (# actifs)} other {Filtres (# actifs)}}",





    "filters.any": "Tous",





    "filters.age_min": "Âge min.",





    "filters.age_max": "Âge max.",





    "filters.clear": "Effacer les filtres",






    "review.title": "Doublons possibles",
    "review.count": "{count, plural, one {# paire à examiner} many {# paires à examiner} other {# paires à examiner}}",
    "review.none": "Aucun doublon possible à examiner.",
    "review.open": "Examiner",
    "review.match": "Très probablement la même personne",
    "review.probable": "Peut-être la même personne",
    "review.disputed": "Les examinateurs ne sont pas d'accord : décidez à nouveau",
    "review.same": "Même personne",
    "review.not_same": "Pas la même personne",
    "review.elsewhere": "Enregistré à {site} ; absent de cet appareil",
    "review.supervisor_only": "Seul un superviseur peut décider.",
    "review.back": "Retour",
    "review.reasons": "Ce qui concorde (+) et ce qui diffère (−)",
    "reason.document": "Numéro de document",
    "reason.relative": "Nom d'un proche",
    "reason.order": "Noms dans un autre ordre",
    "detail.linked": "Dossiers liés",
    "link.same_person": "Même personne",
    "link.not_same_person": "Pas la même personne",
    "link.in_conflict": "les examinateurs ne sont pas d'accord",
    "link.elsewhere": "Dossier tenu par un autre site",
    "detail.redirected": "Vous avez ouvert {case}. C'est la même personne que ce dossier, enregistré en premier.",
    "history.identity_link_decided": "Décision sur un doublon",
    "review.card_title": "À examiner",
    "review.conflicts_title": "Modifications contradictoires",
    "review.conflicts": "{count, plural, one {# dossier avec des modifications contradictoires} many {# dossiers avec des modifications contradictoires} other {# dossiers avec des modifications contradictoires}}",
    "export.title": "Registre des remises",
    "export.hint": "Chaque brochure remise aux personnes de cet appareil, en fichier CSV : numéros de dossier, sans noms.",
    "export.button": "Exporter en CSV",
    "export.done": "Enregistré :",
    "settings.lock_after": "Verrouiller après inactivité",
    "settings.lock_after.seconds": "{count, plural, one {# seconde} many {# secondes} other {# secondes}}",
    "settings.lock_after.minutes": "{count, plural, one {# minute} many {# minutes} other {# minutes}}",
    "unlock.auto_locked": "Verrouillé car l'appareil n'était pas utilisé. Déverrouillez pour continuer.",
    "officers.title": "Agents sur cet appareil",
    "officers.officer": "Agent",
    "officers.supervisor": "Superviseur",
    "officers.role": "Rôle",
    "officers.add": "Ajouter un agent",
    "officers.added": "{name} peut maintenant déverrouiller cet appareil avec sa propre phrase secrète.",
    "arrivals.title": "Arrivées",
    "arrivals.today": "Aujourd’hui au site {site} : {people}",
    "arrivals.chart": "Enregistrements par jour, {days} derniers jours",
    "arrivals.bar": "{day} : {people}",
    "arrivals.other": "Autre ou inconnue",
    "arrivals.show_today": "Afficher ceux d’aujourd’hui",
    "arrivals.none": "Personne n’a été enregistré sur ce site ces jours-ci.",
    "filters.registered_from": "Enregistré à partir du",
    "filters.registered_to": "Enregistré jusqu’au",
    "filters.site": "Site",
    "filters.this_site": "Ce site ({site})",
    "home.no_match": "Personne ne correspond à la recherche ou aux filtres.",
    "handover.text_given": "Texte remis",
    "handover.text_missing": "Cette version du texte n’est pas sur cet appareil.",
    "detail.needs": "Besoins spécifiques",
    "detail.needs_withheld": "Les détails sont réservés aux appareils des superviseurs. Une note ajoutée ici leur est envoyée.",
    "need.CR": "Enfant à risque",
    "need.SC": "Enfant non accompagné ou séparé",
    "need.WR": "Femme à risque",
    "need.ER": "Personne âgée à risque",
    "need.SP": "Parent isolé ou personne aidante",
    "need.DS": "Handicap",
    "need.SM": "Problème médical grave",
    "need.FU": "Unité familiale",
    "need.LP": "Besoins spécifiques de protection juridique et physique",
    "need.TR": "Torture",
    "need.SV": "Violences sexuelles et basées sur le genre",
    "register.unaccompanied": "Enfant voyageant sans parent ni tuteur légal",
    "register.need_note": "Détails (facultatif)",
    "register.needs.hint": "Cochez ce qui s’applique. Les détails ne sont envoyés qu’aux appareils des superviseurs.",
    "edit.title": "Modifier la fiche",
    "edit.submit": "Enregistrer les modifications",
    "detail.edit": "Modifier",
    "register.place_of_birth": "Lieu de naissance",
    "register.arrival_at": "Arrivée (date et heure)",
    "register.documents": "Documents d’identité",
    "register.rows.hint": "Remplissez la ligne vide pour en ajouter un ; effacez un numéro ou un nom pour le retirer.",
    "register.doc.kind": "Type",
    "register.doc.number": "Numéro",
    "register.doc.country": "Pays de délivrance",
    "register.doc.expiry": "Valable jusqu’au",
    "doc.kind.passport": "Passeport",
    "doc.kind.national_id": "Carte nationale d’identité",
    "doc.kind.birth_certificate": "Acte de naissance",
    "doc.kind.residence_permit": "Titre de séjour ou visa",
    "doc.kind.refugee_document": "Titre de voyage pour réfugié",
    "doc.kind.other": "Autre document",
    "register.family_in_eu": "Membres de la famille dans l’UE",
    "register.fam.name": "Nom",
    "register.fam.relationship": "Lien de parenté",
    "register.fam.country": "Pays",
    "register.fam.contact": "Contact (téléphone ou adresse)",
    "register.country.none": "Non renseigné",
    "history.registered": "Enregistrement",
    "history.pre_registered": "Pré-enregistrement",
    "history.field_changed": "Modification",
    "history.consent_changed": "Consentement modifié",
    "history.status_changed": "Statut modifié",
    "history.conflict_resolved": "Conflit résolu",
    "history.group_changed": "Groupe modifié",
    "history.leaflet_handed_over": "Brochure remise",
    "history.other": "Autre modification",

    "settings.title": "Paramètres",
    "settings.site": "Site",
    "settings.device": "Code de l’appareil",
    "settings.retention": "Garder les dossiers synchronisés sur cet appareil pendant (jours)",
    "settings.retention.hint": "Les dossiers présents sur le serveur sont retirés de cet appareil après ce nombre de jours sans modification. Les dossiers pas encore synchronisés sont toujours gardés.",
    "settings.retention.save": "Enregistrer",
    "settings.retention.saved": "Enregistré.",

    "sync.title": "Synchronisation",
    "sync.server": "Serveur",
    "sync.fingerprint": "Certificat du serveur (le journal du serveur affiche le même)",
    "sync.not_enrolled": "Cet appareil n’est inscrit auprès d’aucun serveur de synchronisation. Les fiches restent sur l’appareil jusqu’à son inscription.",
    "sync.enrol.title": "Inscrire cet appareil",
    "sync.enrol.server_url": "Adresse du serveur",
    "sync.enrol.server_url.hint": "Telle que fournie par votre superviseur, p. ex. https://sync.example.org",
    "sync.enrol.code": "Code d’inscription à usage unique",
    "sync.enrol.code.hint": "Chaque code ne sert qu’une fois. S’il a expiré, demandez-en un nouveau à votre superviseur.",
    "sync.enrol.submit": "Inscrire cet appareil",
    "sync.enrol.working": "Inscription…",
    "sync.enrol.done": "Cet appareil est inscrit. Synchronisez maintenant pour envoyer ses fiches.",
    "sync.enrol.invalid_url": "Saisissez l’adresse complète du serveur, p. ex. https://sync.example.org. Le simple http:// n’est accepté que pour un serveur sur cet ordinateur (127.0.0.1).",
    "sync.waiting": "{count, plural, =0 {Aucune fiche en attente de synchronisation} one {# fiche en attente de synchronisation} many {# de fiches en attente de synchronisation} other {# fiches en attente de synchronisation}}",
    "sync.last": "Dernière synchronisation",
    "sync.last.never": "Jamais",
    "sync.now": "Synchroniser",
    "sync.cancel": "Arrêter la synchronisation",
    "sync.cancelling": "Arrêt…",
    "sync.progress": "Progression de la synchronisation",
    "sync.phase.connecting": "Connexion au serveur…",
    "sync.phase.comparing": "Comparaison des fiches avec le serveur…",
    "sync.phase.pushing": "Envoi des fiches…",
    "sync.phase.pulling": "Réception des fiches…",
    "sync.phase.done": "Finalisation…",
    "sync.progress.sent": "Envoyées : {pushed} sur {total}",
    "sync.progress.received": "Reçues : {pulled}",
    "sync.progress.bytes": "Données : {up} envoyées, {down} reçues",
    "sync.result": "Synchronisation terminée : {pushed, plural, =0 {aucune fiche envoyée} one {# fiche envoyée} many {# de fiches envoyées} other {# fiches envoyées}}, {pulled, plural, =0 {aucune fiche reçue} one {# fiche reçue} many {# de fiches reçues} other {# fiches reçues}}.",
    "sync.result.repaired": "Cette synchronisation a aussi comparé chaque fiche de l’appareil avec la copie du serveur.",
  },
  errors: {
    not_set_up: "Cet appareil n’est pas encore configuré.",
    already_set_up: "Cet appareil est déjà configuré. Déverrouillez-le.",
    locked: "L’appareil est verrouillé. Déverrouillez-le pour continuer.",
    wrong_credentials: "Identifiant ou phrase secrète incorrects. Réessayez.",
    too_many_attempts: "Trop de phrases secrètes erronées. Attendez {seconds, plural, one {# seconde} many {# de secondes} other {# secondes}}, puis réessayez.",
    validation: "Certains champs sont à corriger. Voir les messages à côté de ces champs.",
    not_found: "Cette fiche est introuvable sur cet appareil.",
    record_damaged: "Cette fiche est endommagée et a été mise de côté. Prévenez votre superviseur.",
    forbidden: "Votre rôle ne permet pas cette action.",
    username_taken: "Cet identifiant est déjà pris. Choisissez-en un autre.",
    storage: "L’appareil n’a pas pu enregistrer ou lire les données. Réessayez ; si le problème persiste, prévenez votre superviseur.",
    needs_newer_app: "Ces données proviennent d’une version plus récente de Waypoint. Mettez l’application à jour.",
    no_conflict: "Ce conflit a déjà été résolu.",
    internal: "Une erreur interne s’est produite. Réessayez ou redémarrez l’application.",
    not_enrolled: "Cet appareil n’est pas encore relié à un serveur de synchronisation.",
    network: "Le serveur de synchronisation est injoignable. Votre travail est conservé sur cet appareil ; réessayez plus tard.",
    server_refused: "Le serveur de synchronisation a refusé la demande. Vérifiez l’adresse du serveur et le code, ou prévenez votre superviseur.",
    device_revoked: "Cet appareil a été révoqué par un administrateur. Ses données ont été effacées.",
    enrolment_code_invalid: "Ce code d’enrôlement est inconnu, déjà utilisé ou expiré. Demandez-en un nouveau à votre administrateur.",
    site_mismatch: "Ce code d’enrôlement est destiné à un autre site que celui de cet appareil. Demandez un code pour le site de cet appareil ; celui-ci reste valable pour son site.",
    cancelled: "Synchronisation arrêtée. Ce qui a été envoyé est en sécurité ; le reste partira à la prochaine synchronisation.",
  },
  validation: {
    name_required: "Saisissez un prénom ou un nom de famille.",
    name_empty: "Saisissez le nom dans son écriture d’origine, ou videz cette ligne.",
    name_too_long: "Ce nom est trop long.",
    latin_form_not_latin: "Utilisez des lettres latines (A–Z, accents compris) pour la forme latine.",
    date_of_birth_invalid: "Écrivez la date sous la forme AAAA-MM-JJ, AAAA-MM ou AAAA, ou un âge en années.",
    date_of_birth_in_future: "La date de naissance est postérieure à aujourd’hui.",
    age_out_of_range: "L’âge doit être compris entre 0 et 130 ans.",
    country_unknown: "Choisissez un pays dans la liste.",
    nationality_unknown: "Choisissez une nationalité dans la liste.",
    language_unknown: "Choisissez une langue dans la liste.",
    document_number_empty: "Saisissez le numéro du document.",
    date_invalid: "Écrivez la date sous la forme AAAA-MM-JJ.",
    phone_invalid: "Un numéro de téléphone ne peut contenir que des chiffres, des espaces et + - ( ) .",
    arrival_time_invalid: "L’heure d’arrivée est invalide ou dans le futur.",
    specific_need_unknown: "Besoin spécifique inconnu.",
    specific_need_duplicate: "Ce besoin spécifique est coché deux fois.",
    unaccompanied_minor_without_sc: "Un enfant non accompagné doit avoir le besoin spécifique « enfant non accompagné ou séparé ».",
    consent_missing: "Indiquez si la personne consent à l’enregistrement (donné ou refusé).",
    consent_duplicate: "Ce consentement est enregistré deux fois.",
    text_too_long: "Ce texte est trop long.",
    family_member_name_empty: "Saisissez le nom du membre de la famille.",
    photo_invalid: "La photo doit être un petit fichier JPEG.",
    group_empty: "Ajoutez au moins un membre.",
    focal_point_invalid: "Choisissez la personne de référence du groupe.",
    item_id_invalid: "Cette entrée est endommagée ; rechargez la fiche.",
    leaflet_unknown: "Cette brochure ne peut pas être remise sur ce site ; choisissez-en une dans la liste.",
    leaflet_version_unknown: "Le texte de cette brochure a changé sur cet appareil ; rouvrez-la et remettez le texte affiché.",
    leaflet_language_unknown: "Cette langue ne figure pas au catalogue des brochures ; choisissez-en une dans la liste.",
    interpreter_language_invalid: "La langue de l'interprète n'est pas un code de langue connu.",
  },
  languageNames: { kmr: "Kurde (kurmandji)", ckb: "Kurde (sorani)" },
};

export default fr;
