// Italiano. Drafted by the development team; to be reviewed by an Italian-speaking official.

import type { Catalogue } from "../types";

const it: Catalogue = {
  locale: "it",
  name: "Italiano",
  dir: "ltr",
  review: "draft",
  messages: {
    "app.name": "Waypoint",
    "app.loading": "Apertura…",

    "language.label": "Lingua",
    "language.hint": "Cambia solo la lingua e l’impaginazione dell’app su questo dispositivo. Le schede non vengono tradotte.",

    "setup.title": "Configura questo dispositivo",
    "setup.intro": "Primo utilizzo: crea il codice del sito e il primo account operatore. Questo operatore diventa il supervisore del dispositivo.",
    "setup.site_code": "Codice del sito",
    "setup.site_code.hint": "Da 2 a 6 lettere o cifre, ad es. LSV",
    "setup.username": "Nome utente",
    "setup.username.hint": "Da 2 a 32 lettere, cifre, punti, trattini o trattini bassi",
    "setup.display_name": "Nome visualizzato",
    "setup.passphrase": "Frase segreta",
    "setup.passphrase.hint": "Almeno 10 caratteri. Non può essere recuperata: conservala in un luogo sicuro.",
    "setup.passphrase2": "Ripeti la frase segreta",
    "setup.passphrase_mismatch": "Le due frasi segrete sono diverse. Digita due volte la stessa frase.",
    "setup.submit": "Configura il dispositivo",

    "unlock.title": "Sblocca Waypoint",
    "unlock.officer": "Operatore",
    "unlock.passphrase": "Frase segreta",
    "unlock.submit": "Sblocca",
    "unlock.working": "Verifica in corso…",

    "home.title": "Persone registrate",
    "home.signed_in": "{name} · sito {site}",
    "home.lock": "Blocca",
    "home.register": "Registra una persona",
    "home.empty": "Su questo dispositivo non è ancora registrato nessuno.",
    "home.count": "{count, plural, one {# persona} many {# di persone} other {# persone}}",
    "home.count_at_least": "{count, plural, one {almeno # persona} many {almeno # di persone} other {almeno # persone}}",
    "home.search": "Cerca per nome o numero di pratica",
    "home.search.submit": "Cerca",
    "home.search.placeholder": "Nome o numero di pratica",

    "list.case_number": "Numero di pratica",
    "list.name": "Nome",
    "list.original_name": "Nome (scrittura originale)",
    "list.nationality": "Cittadinanza",
    "list.born": "Nascita",
    "list.status": "Stato",

    "register.title": "Registra una persona",
    "register.names": "Nome",
    "register.original": "{part} (scrittura originale)",
    "register.latin": "{part} (lettere latine)",
    "register.sex": "Sesso",
    "register.dob": "Data di nascita",
    "register.dob.precision": "Quanto è precisa la data di nascita?",
    "register.dob.value": "Data di nascita",
    "register.dob.hint.exact": "AAAA-MM-GG, ad es. 1994-03-21",
    "register.dob.hint.year_month": "AAAA-MM, ad es. 1994-03",
    "register.dob.hint.year": "AAAA, ad es. 1994",
    "register.dob.hint.estimated_age": "Età in anni, ad es. 30",
    "register.dob.age": "Età stimata",
    "register.nationality": "Cittadinanza",
    "register.nationality.none": "Non ancora nota",
    "register.languages": "Lingue parlate",
    "register.preferred_language": "Lingua preferita per le informazioni",
    "register.preferred_language.none": "Non indicata",
    "register.phone": "Telefono",
    "register.protection": "Chiede protezione internazionale",
    "register.protection.yes": "Sì",
    "register.likely.title": "{count, plural, one {È già registrata una persona simile} many {Sono già registrate # di persone simili} other {Sono già registrate # persone simili}}",
    "register.likely.match": "stessa persona?",
    "register.likely.probable": "da controllare",
    "register.likely.hint": "Apri una scheda per confrontare. Se è una persona nuova, premi di nuovo Salva.",
    "register.protection.no": "No",
    "register.protection.unknown": "Non ancora chiesto",
    "register.consent": "Consenso alla registrazione",
    "register.consent.given": "Dato",
    "register.consent.refused": "Negato",
    "register.consent.hint": "Il rifiuto non comporta alcuna conseguenza negativa per la persona.",
    "register.submit": "Salva la registrazione",
    "register.cancel": "Annulla",
    "register.saving": "Salvataggio…",
    "register.saved": "Registrazione salvata: {case}.",
    "register.other_errors": "Controlla anche:",

    "name.given": "Nome",
    "name.father": "Nome del padre",
    "name.grandfather": "Nome del nonno",
    "name.family": "Cognome",
    "name.other": "Altro nome",

    "dob.exact": "Data esatta",
    "dob.year_month": "Anno e mese",
    "dob.year": "Solo l’anno",
    "dob.estimated_age": "Età stimata",
    "dob.unknown": "Sconosciuta",
    "dob.estimated_on": "circa {age} anni al {date}",

    "sex.female": "Femmina",
    "sex.male": "Maschio",
    "sex.other": "Altro",
    "sex.unknown": "Sconosciuto",

    "status.pre_registered": "Preregistrato",
    "status.registered": "Registrato",
    "status.referred": "Segnalato",
    "status.transferred": "Trasferito",
    "status.closed": "Chiuso",

    "nationality.XXA": "Apolide",
    "nationality.XXX": "Cittadinanza sconosciuta",

    "detail.back": "Torna all’elenco",
    "detail.title": "Scheda della persona",
    "detail.case_number": "Numero di pratica",
    "detail.names": "Nomi",
    "detail.sex": "Sesso",
    "detail.dob": "Data di nascita",
    "detail.nationality": "Cittadinanza",
    "detail.languages": "Lingue",
    "detail.preferred_language": "Lingua preferita",
    "detail.phone": "Telefono",
    "detail.protection": "Chiede protezione",
    "detail.consent": "Consenso alla registrazione",
    "detail.status": "Stato",
    "detail.registered_at": "Registrato il",
    "detail.history": "Cronologia",
    "detail.conflicts": "{count, plural, one {# campo è stato modificato su due dispositivi e va verificato.} many {# di campi sono stati modificati su due dispositivi e vanno verificati.} other {# campi sono stati modificati su due dispositivi e vanno verificati.}}",
    "detail.none": "—",
    "conflict.keep": "Tieni questo",
    "conflict.device": "sul dispositivo {device}",
    "conflict.supervisor_only": "Un supervisore sceglie quale valore tenere.",
    "erase.title": "Cancella questa scheda",
    "erase.explain": "Solo un supervisore può farlo. La scheda viene eliminata da questo dispositivo, dal server e da ogni dispositivo che si sincronizza. Non si può annullare.",
    "erase.reason": "Motivo",
    "erase.reason.entered_in_error": "Inserita per errore",
    "erase.reason.duplicate": "Duplicato di un’altra scheda",
    "erase.reason.person_requested": "La persona lo ha chiesto",
    "erase.reason.ordered": "Disposto da un’autorità",
    "erase.submit": "Cancella definitivamente",
    "erase.done": "La scheda è stata cancellata.",

    "detail.leaflets": "Opuscoli informativi consegnati",

    "detail.leaflets.none": "Nessun opuscolo ancora consegnato.",

    "detail.give_leaflet": "Consegna un opuscolo",

    "leaflet.title": "Opuscolo informativo",

    "leaflet.back": "Torna alla scheda",

    "leaflet.choose": "Opuscolo",

    "leaflet.language": "Lingua dell’opuscolo",

    "leaflet.large_text": "Testo grande",

    "leaflet.status.machine_drafted": "Traduzione automatica, non ancora rivista da un madrelingua",

    "leaflet.status.reviewed": "Traduzione rivista da un madrelingua",

    "leaflet.version": "versione {version}",

    "leaflet.legal_basis": "Base giuridica",

    "leaflet.record.title": "Registra la consegna",

    "leaflet.format": "Come è stato consegnato",

    "leaflet.format.screen": "Mostrato sullo schermo",

    "leaflet.format.print": "Copia stampata",

    "leaflet.format.pdf": "PDF",

    "leaflet.explained_orally": "Spiegato oralmente",

    "leaflet.interpreter": "Lingua dell’interprete",

    "leaflet.interpreter.none": "Senza interprete",

    "leaflet.interpreter_used": "tramite interprete ({language})",

    "leaflet.ack": "Conferma di ricezione della persona",

    "leaflet.ack.none": "Nessuna",

    "leaflet.ack.verbal": "Confermato oralmente",

    "leaflet.ack.signed": "Firmato",

    "leaflet.ack.declined": "Ha rifiutato di confermare",

    "leaflet.record": "Registra consegna",

    "leaflet.recorded": "Registrato: «{leaflet}» in {language}.",


    "due.title": "Opuscoli da consegnare",


    "due.count": "{count, plural, one {# opuscolo da consegnare} many {# di opuscoli da consegnare} other {# opuscoli da consegnare}}",


    "due.none": "Tutte le persone registrate qui hanno ricevuto gli opuscoli obbligatori.",


    "due.today": "scade oggi",


    "due.overdue": "{count, plural, one {# giorno di ritardo} many {# di giorni di ritardo} other {# giorni di ritardo}}",


    "due.more": "{count, plural, one {e # altro} many {e altri #} other {e altri #}}",


    "settings.deadlines": "Opuscoli obbligatori",


    "settings.deadlines.hint": "Giorni dalla registrazione entro cui ogni persona deve ricevere l’opuscolo (0: alla registrazione). Lasciare vuoto se non è obbligatorio.",


    "settings.deadlines.unit": "giorni",


    "settings.deadlines.save": "Salva le scadenze",


    "settings.deadlines.saved": "Scadenze salvate. Tutti i dispositivi di questo sito le riceveranno alla prossima sincronizzazione.",



    "leaflet.pdf": "Salva come PDF",



    "leaflet.pdf.saved": "Salvato come PDF: {path}",



    "leaflet.missing_contacts": "I contatti di questo sito per questo opuscolo non sono impostati ({names}). Un supervisore li imposta nelle Impostazioni; fino ad allora non si può stampare.",



    "settings.contacts": "Contatti negli opuscoli",



    "settings.contacts.hint": "Stampati nell’opuscolo dei contatti, in tutte le lingue. Scrivere i numeri con il prefisso internazionale.",



    "settings.contacts.save": "Salva i contatti",



    "settings.contacts.saved": "Contatti salvati. Tutti i dispositivi di questo sito li riceveranno alla prossima sincronizzazione.",




    "home.group": "Preregistra una famiglia",




    "group.title": "Preregistra una famiglia o un gruppo",




    "group.intro": "Pochi campi per persona; ogni scheda si completa dopo. Le righe senza nome vengono ignorate.",




    "group.cancel": "Annulla",




    "group.arrival": "Arrivo",




    "group.border_point": "Valico di frontiera",




    "group.means": "Mezzo di arrivo",




    "group.means.unknown": "Non indicato",




    "group.means.land": "Terra",




    "group.means.sea": "Mare",




    "group.means.air": "Aereo",




    "group.means.other": "Altro",




    "group.member": "Persona {n}",




    "group.given": "Nome",




    "group.family": "Cognome",




    "group.dob": "Età o data di nascita",




    "group.dob.hint": "Età in anni (es. 34), oppure AAAA, AAAA-MM o AAAA-MM-GG",




    "group.relationship": "Parentela",




    "group.add": "Aggiungi persona",




    "group.submit": "Preregistra tutti",




    "group.done": "{count, plural, one {# persona preregistrata.} many {# di persone preregistrate.} other {# persone preregistrate.}}",




    "relationship.focal_point": "Capofamiglia / persona di riferimento",




    "relationship.spouse": "Coniuge",




    "relationship.child": "Figlio/a",




    "relationship.parent": "Genitore",




    "relationship.sibling": "Fratello o sorella",




    "relationship.grandparent": "Nonno/a",




    "relationship.grandchild": "Nipote",




    "relationship.other_relative": "Altro parente",




    "relationship.not_related": "Nessuna parentela",





    "filters.title": "{count, plural, =0 {Filtri} one {Filtri (# attivo)} many {Filtri (# attivi)} other {Filtri (# attivi)}}",





    "filters.any": "Qualsiasi",





    "filters.age_min": "Età da",





    "filters.age_max": "Età fino a",





    "filters.clear": "Azzera i filtri",






    "review.title": "Possibili duplicati",
    "review.count": "{count, plural, one {# coppia da esaminare} many {# coppie da esaminare} other {# coppie da esaminare}}",
    "review.none": "Nessun possibile duplicato da esaminare.",
    "review.open": "Esamina",
    "review.match": "Molto probabilmente la stessa persona",
    "review.probable": "Forse la stessa persona",
    "review.disputed": "I revisori non concordano: decidete di nuovo",
    "review.same": "Stessa persona",
    "review.not_same": "Non è la stessa persona",
    "review.elsewhere": "Registrato a {site}; non su questo dispositivo",
    "review.supervisor_only": "Solo un supervisore può decidere.",
    "review.back": "Indietro",
    "review.reasons": "Cosa concorda (+) e cosa no (−)",
    "reason.document": "Numero di documento",
    "reason.relative": "Nome di un familiare",
    "reason.order": "Nomi in un altro ordine",
    "detail.linked": "Schede collegate",
    "link.same_person": "Stessa persona",
    "link.not_same_person": "Non è la stessa persona",
    "link.in_conflict": "i revisori non concordano",
    "link.elsewhere": "Scheda di un'altra sede",
    "detail.redirected": "Avete aperto {case}. È la stessa persona di questa scheda, registrata prima.",
    "history.identity_link_decided": "Decisione su duplicato",
    "review.card_title": "Da esaminare",
    "review.conflicts_title": "Modifiche in conflitto",
    "review.conflicts": "{count, plural, one {# scheda con modifiche in conflitto} many {# schede con modifiche in conflitto} other {# schede con modifiche in conflitto}}",
    "export.title": "Registro delle consegne",
    "export.hint": "Ogni opuscolo consegnato alle persone di questo dispositivo, in un file CSV: numeri di pratica, senza nomi.",
    "export.button": "Esporta in CSV",
    "export.done": "Salvato:",
    "settings.lock_after": "Blocca dopo inattività",
    "settings.lock_after.seconds": "{count, plural, one {# secondo} many {# secondi} other {# secondi}}",
    "settings.lock_after.minutes": "{count, plural, one {# minuto} many {# minuti} other {# minuti}}",
    "unlock.auto_locked": "Bloccato perché il dispositivo non era in uso. Sbloccate per continuare.",
    "officers.title": "Operatori su questo dispositivo",
    "officers.officer": "Operatore",
    "officers.supervisor": "Supervisore",
    "officers.role": "Ruolo",
    "officers.add": "Aggiungi operatore",
    "officers.added": "{name} può ora sbloccare questo dispositivo con la propria passphrase.",
    "arrivals.title": "Arrivi",
    "arrivals.today": "Oggi al sito {site}: {people}",
    "arrivals.chart": "Registrazioni al giorno, ultimi {days} giorni",
    "arrivals.bar": "{day}: {people}",
    "arrivals.other": "Altra o sconosciuta",
    "arrivals.show_today": "Mostra quelli di oggi",
    "arrivals.none": "Nessuno è stato registrato in questo sito in questi giorni.",
    "filters.registered_from": "Registrato dal",
    "filters.registered_to": "Registrato fino al",
    "filters.site": "Sito",
    "filters.this_site": "Questo sito ({site})",
    "home.no_match": "Nessuno corrisponde alla ricerca o ai filtri.",
    "handover.text_given": "Testo consegnato",
    "handover.text_missing": "Questa versione del testo non è su questo dispositivo.",
    "detail.needs": "Esigenze specifiche",
    "detail.needs_withheld": "I dettagli sono riservati ai dispositivi dei supervisori. Una nota aggiunta qui viene inviata a loro.",
    "need.CR": "Minore a rischio",
    "need.SC": "Minore non accompagnato o separato",
    "need.WR": "Donna a rischio",
    "need.ER": "Persona anziana a rischio",
    "need.SP": "Genitore solo o caregiver",
    "need.DS": "Disabilità",
    "need.SM": "Grave condizione medica",
    "need.FU": "Unità familiare",
    "need.LP": "Esigenze specifiche di protezione legale e fisica",
    "need.TR": "Tortura",
    "need.SV": "Violenza sessuale e di genere",
    "register.unaccompanied": "Minore in viaggio senza un genitore o un tutore legale",
    "register.need_note": "Dettagli (facoltativo)",
    "register.needs.hint": "Seleziona ciò che si applica. I dettagli sono inviati solo ai dispositivi dei supervisori.",
    "edit.title": "Modifica la scheda",
    "edit.submit": "Salva le modifiche",
    "detail.edit": "Modifica",
    "register.place_of_birth": "Luogo di nascita",
    "register.arrival_at": "Arrivo (data e ora)",
    "register.documents": "Documenti d’identità",
    "register.rows.hint": "Compila la riga vuota per aggiungerne uno; cancella un numero o un nome per toglierlo.",
    "register.doc.kind": "Tipo",
    "register.doc.number": "Numero",
    "register.doc.country": "Paese di rilascio",
    "register.doc.expiry": "Valido fino al",
    "doc.kind.passport": "Passaporto",
    "doc.kind.national_id": "Carta d’identità",
    "doc.kind.birth_certificate": "Certificato di nascita",
    "doc.kind.residence_permit": "Permesso di soggiorno o visto",
    "doc.kind.refugee_document": "Documento di viaggio per rifugiati",
    "doc.kind.other": "Altro documento",
    "register.family_in_eu": "Familiari nell’UE",
    "register.fam.name": "Nome",
    "register.fam.relationship": "Parentela",
    "register.fam.country": "Paese",
    "register.fam.contact": "Contatto (telefono o indirizzo)",
    "register.country.none": "Non registrato",
    "history.registered": "Registrazione",
    "history.pre_registered": "Preregistrazione",
    "history.field_changed": "Modifica",
    "history.consent_changed": "Consenso modificato",
    "history.status_changed": "Stato modificato",
    "history.conflict_resolved": "Conflitto risolto",
    "history.group_changed": "Gruppo modificato",
    "history.leaflet_handed_over": "Opuscolo consegnato",
    "history.other": "Altra modifica",

    "settings.title": "Impostazioni",
    "settings.site": "Sito",
    "settings.device": "Codice del dispositivo",
    "settings.retention": "Tieni le schede sincronizzate su questo dispositivo per (giorni)",
    "settings.retention.hint": "Le schede già sul server vengono tolte da questo dispositivo dopo questi giorni senza modifiche. Le schede non ancora sincronizzate restano sempre.",
    "settings.retention.save": "Salva",
    "settings.retention.saved": "Salvato.",

    "sync.title": "Sincronizzazione",
    "sync.server": "Server",
    "sync.fingerprint": "Certificato del server (il registro del server mostra lo stesso)",
    "sync.not_enrolled": "Questo dispositivo non è collegato a nessun server di sincronizzazione. Le schede restano sul dispositivo finché non lo sarà.",
    "sync.enrol.title": "Collega questo dispositivo",
    "sync.enrol.server_url": "Indirizzo del server",
    "sync.enrol.server_url.hint": "Come indicato dal supervisore, ad es. https://sync.example.org",
    "sync.enrol.code": "Codice di collegamento monouso",
    "sync.enrol.code.hint": "Ogni codice vale una sola volta. Se è scaduto, chiedine uno nuovo al supervisore.",
    "sync.enrol.submit": "Collega questo dispositivo",
    "sync.enrol.working": "Collegamento in corso…",
    "sync.enrol.done": "Il dispositivo è collegato. Sincronizza ora per inviare le sue schede.",
    "sync.enrol.invalid_url": "Scrivi l’indirizzo completo del server, ad es. https://sync.example.org. Il semplice http:// è accettato solo per un server su questo computer (127.0.0.1).",
    "sync.waiting": "{count, plural, =0 {Nessuna scheda in attesa di sincronizzazione} one {# scheda in attesa di sincronizzazione} many {# di schede in attesa di sincronizzazione} other {# schede in attesa di sincronizzazione}}",
    "sync.last": "Ultima sincronizzazione",
    "sync.last.never": "Mai",
    "sync.now": "Sincronizza ora",
    "sync.cancel": "Interrompi la sincronizzazione",
    "sync.cancelling": "Interruzione…",
    "sync.progress": "Avanzamento della sincronizzazione",
    "sync.phase.connecting": "Connessione al server…",
    "sync.phase.comparing": "Confronto delle schede con il server…",
    "sync.phase.pushing": "Invio delle schede…",
    "sync.phase.pulling": "Ricezione delle schede…",
    "sync.phase.done": "Completamento…",
    "sync.progress.sent": "Inviate: {pushed} su {total}",
    "sync.progress.received": "Ricevute: {pulled}",
    "sync.progress.bytes": "Dati: {up} inviati, {down} ricevuti",
    "sync.result": "Sincronizzazione completata: {pushed, plural, =0 {nessuna scheda inviata} one {# scheda inviata} many {# di schede inviate} other {# schede inviate}}, {pulled, plural, =0 {nessuna scheda ricevuta} one {# scheda ricevuta} many {# di schede ricevute} other {# schede ricevute}}.",
    "sync.result.repaired": "Questa sincronizzazione ha anche confrontato ogni scheda del dispositivo con la copia del server.",
  },
  errors: {
    not_set_up: "Questo dispositivo non è ancora configurato.",
    already_set_up: "Questo dispositivo è già configurato. Sbloccalo.",
    locked: "Il dispositivo è bloccato. Sbloccalo per continuare.",
    wrong_credentials: "Nome utente o frase segreta errati. Riprova.",
    too_many_attempts: "Troppe frasi segrete errate. Attendi {seconds, plural, one {# secondo} many {# di secondi} other {# secondi}}, poi riprova.",
    validation: "Alcuni campi vanno corretti. Vedi i messaggi accanto a ciascuno.",
    not_found: "Questa scheda non si trova su questo dispositivo.",
    record_damaged: "Questa scheda è danneggiata ed è stata messa da parte. Avvisa il supervisore.",
    forbidden: "Il tuo ruolo non consente questa operazione.",
    username_taken: "Questo nome utente è già in uso. Scegline un altro.",
    storage: "Il dispositivo non è riuscito a salvare o leggere i dati. Riprova; se il problema persiste, avvisa il supervisore.",
    needs_newer_app: "Questi dati provengono da una versione più recente di Waypoint. Aggiorna l’app.",
    no_conflict: "Questo conflitto è già stato risolto.",
    internal: "Si è verificato un errore interno dell’app. Riprova o riavviala.",
    not_enrolled: "Questo dispositivo non è ancora collegato a un server di sincronizzazione.",
    network: "Il server di sincronizzazione non è raggiungibile. Il lavoro è salvato su questo dispositivo; riprova più tardi.",
    server_refused: "Il server di sincronizzazione ha rifiutato la richiesta. Controlla l’indirizzo del server e il codice, o avvisa il supervisore.",
    device_revoked: "Questo dispositivo è stato revocato da un amministratore. I suoi dati sono stati cancellati.",
    enrolment_code_invalid: "Il codice di registrazione è sconosciuto, già usato o scaduto. Chiedine uno nuovo all’amministratore.",
    site_mismatch: "Questo codice di registrazione è per un sito diverso da quello di questo dispositivo. Chiedi un codice per il sito del dispositivo; questo resta valido per il suo.",
    cancelled: "Sincronizzazione interrotta. Ciò che è stato inviato è al sicuro; il resto partirà alla prossima sincronizzazione.",
  },
  validation: {
    name_required: "Inserisci un nome o un cognome.",
    name_empty: "Scrivi il nome nella sua scrittura originale, oppure svuota questa riga.",
    name_too_long: "Questo nome è troppo lungo.",
    latin_form_not_latin: "Usa lettere latine (A–Z, anche accentate) per la forma latina.",
    date_of_birth_invalid: "Scrivi la data come AAAA-MM-GG, AAAA-MM o AAAA, oppure un’età in anni.",
    date_of_birth_in_future: "La data di nascita è successiva a oggi.",
    age_out_of_range: "L’età deve essere compresa tra 0 e 130 anni.",
    country_unknown: "Scegli un paese dall’elenco.",
    nationality_unknown: "Scegli una cittadinanza dall’elenco.",
    language_unknown: "Scegli una lingua dall’elenco.",
    document_number_empty: "Inserisci il numero del documento.",
    date_invalid: "Scrivi la data come AAAA-MM-GG.",
    phone_invalid: "Un numero di telefono può contenere solo cifre, spazi e + - ( ) .",
    arrival_time_invalid: "L’ora di arrivo non è valida o è nel futuro.",
    specific_need_unknown: "Esigenza specifica sconosciuta.",
    specific_need_duplicate: "Questa esigenza specifica è selezionata due volte.",
    unaccompanied_minor_without_sc: "Un minore non accompagnato richiede l’esigenza specifica «minore non accompagnato o separato».",
    consent_missing: "Indica se la persona acconsente alla registrazione (dato o negato).",
    consent_duplicate: "Questo consenso è registrato due volte.",
    text_too_long: "Questo testo è troppo lungo.",
    family_member_name_empty: "Inserisci il nome del familiare.",
    photo_invalid: "La foto deve essere un piccolo file JPEG.",
    group_empty: "Aggiungi almeno un membro.",
    focal_point_invalid: "Scegli la persona di riferimento del gruppo.",
    item_id_invalid: "Questa voce è danneggiata; ricarica la scheda.",
    leaflet_unknown: "Questo opuscolo non può essere consegnato in questo sito; scegline uno dall'elenco.",
    leaflet_version_unknown: "Il testo di questo opuscolo è cambiato su questo dispositivo; riaprilo e consegna il testo mostrato.",
    leaflet_language_unknown: "Questa lingua non è nel catalogo degli opuscoli; scegline una dall'elenco.",
    interpreter_language_invalid: "La lingua dell'interprete non è un codice di lingua noto.",
  },
  languageNames: { kmr: "Curdo (kurmanji)", ckb: "Curdo (sorani)" },
};

export default it;
