// Ελληνικά. Drafted by the development team; to be reviewed by a Greek-speaking official.

import type { Catalogue } from "../types";

const el: Catalogue = {
  locale: "el",
  name: "Ελληνικά",
  dir: "ltr",
  review: "draft",
  messages: {
    "app.name": "Waypoint",
    "app.loading": "Άνοιγμα…",

    "language.label": "Γλώσσα",
    "language.hint": "Αλλάζει μόνο τη γλώσσα και τη διάταξη της εφαρμογής σε αυτή τη συσκευή. Οι εγγραφές δεν μεταφράζονται.",

    "setup.title": "Ρύθμιση αυτής της συσκευής",
    "setup.intro": "Πρώτη χρήση: δημιουργήστε τον κωδικό σημείου και τον πρώτο λογαριασμό υπαλλήλου. Ο υπάλληλος αυτός γίνεται ο επόπτης της συσκευής.",
    "setup.site_code": "Κωδικός σημείου",
    "setup.site_code.hint": "2–6 γράμματα ή ψηφία, π.χ. LSV",
    "setup.username": "Όνομα χρήστη",
    "setup.username.hint": "2–32 γράμματα, ψηφία, τελείες, παύλες ή κάτω παύλες",
    "setup.display_name": "Εμφανιζόμενο όνομα",
    "setup.passphrase": "Φράση πρόσβασης",
    "setup.passphrase.hint": "Τουλάχιστον 10 χαρακτήρες. Δεν μπορεί να ανακτηθεί: φυλάξτε τη με ασφάλεια.",
    "setup.passphrase2": "Επανάληψη φράσης πρόσβασης",
    "setup.passphrase_mismatch": "Οι δύο φράσεις πρόσβασης διαφέρουν. Πληκτρολογήστε την ίδια φράση δύο φορές.",
    "setup.submit": "Ρύθμιση συσκευής",

    "unlock.title": "Ξεκλείδωμα του Waypoint",
    "unlock.officer": "Υπάλληλος",
    "unlock.passphrase": "Φράση πρόσβασης",
    "unlock.submit": "Ξεκλείδωμα",
    "unlock.working": "Έλεγχος…",

    "home.title": "Καταγεγραμμένα πρόσωπα",
    "home.signed_in": "{name} · σημείο {site}",
    "home.lock": "Κλείδωμα",
    "home.register": "Καταγραφή προσώπου",
    "home.empty": "Δεν έχει καταγραφεί ακόμη κανείς σε αυτή τη συσκευή.",
    "home.count": "{count, plural, one {# πρόσωπο} other {# πρόσωπα}}",
    "home.count_at_least": "{count, plural, one {τουλάχιστον # πρόσωπο} other {τουλάχιστον # πρόσωπα}}",
    "home.search": "Αναζήτηση με όνομα ή αριθμό φακέλου",
    "home.search.submit": "Αναζήτηση",
    "home.search.placeholder": "Όνομα ή αριθμός φακέλου",

    "list.case_number": "Αριθμός φακέλου",
    "list.name": "Όνομα",
    "list.original_name": "Όνομα (αρχική γραφή)",
    "list.nationality": "Ιθαγένεια",
    "list.born": "Γέννηση",
    "list.status": "Κατάσταση",

    "register.title": "Καταγραφή προσώπου",
    "register.names": "Όνομα",
    "register.original": "{part} (αρχική γραφή)",
    "register.latin": "{part} (λατινικοί χαρακτήρες)",
    "register.sex": "Φύλο",
    "register.dob": "Ημερομηνία γέννησης",
    "register.dob.precision": "Πόσο ακριβής είναι η ημερομηνία γέννησης;",
    "register.dob.value": "Ημερομηνία γέννησης",
    "register.dob.hint.exact": "ΕΕΕΕ-ΜΜ-ΗΗ, π.χ. 1994-03-21",
    "register.dob.hint.year_month": "ΕΕΕΕ-ΜΜ, π.χ. 1994-03",
    "register.dob.hint.year": "ΕΕΕΕ, π.χ. 1994",
    "register.dob.hint.estimated_age": "Ηλικία σε έτη, π.χ. 30",
    "register.dob.age": "Εκτιμώμενη ηλικία",
    "register.nationality": "Ιθαγένεια",
    "register.nationality.none": "Άγνωστη ακόμη",
    "register.languages": "Ομιλούμενες γλώσσες",
    "register.preferred_language": "Προτιμώμενη γλώσσα ενημέρωσης",
    "register.preferred_language.none": "Δεν δηλώθηκε",
    "register.phone": "Τηλέφωνο",
    "register.protection": "Αιτείται διεθνή προστασία",
    "register.protection.yes": "Ναι",
    "register.likely.title": "{count, plural, one {Έχει ήδη καταχωριστεί ένα παρόμοιο πρόσωπο} other {Έχουν ήδη καταχωριστεί # παρόμοια πρόσωπα}}",
    "register.likely.match": "ίδιο πρόσωπο;",
    "register.likely.probable": "αξίζει έλεγχο",
    "register.likely.hint": "Ανοίξτε έναν φάκελο για σύγκριση. Αν είναι νέο πρόσωπο, πατήστε ξανά Αποθήκευση.",
    "register.protection.no": "Όχι",
    "register.protection.unknown": "Δεν ερωτήθηκε ακόμη",
    "register.consent": "Συναίνεση στην καταγραφή",
    "register.consent.given": "Δόθηκε",
    "register.consent.refused": "Αρνήθηκε",
    "register.consent.hint": "Η άρνηση δεν έχει καμία δυσμενή συνέπεια για το πρόσωπο.",
    "register.submit": "Αποθήκευση καταγραφής",
    "register.cancel": "Ακύρωση",
    "register.saving": "Αποθήκευση…",
    "register.saved": "Η καταγραφή αποθηκεύτηκε: {case}.",
    "register.other_errors": "Ελέγξτε επίσης:",

    "name.given": "Όνομα",
    "name.father": "Όνομα πατέρα",
    "name.grandfather": "Όνομα παππού",
    "name.family": "Επώνυμο",
    "name.other": "Άλλο όνομα",

    "dob.exact": "Ακριβής ημερομηνία",
    "dob.year_month": "Έτος και μήνας",
    "dob.year": "Μόνο έτος",
    "dob.estimated_age": "Εκτιμώμενη ηλικία",
    "dob.unknown": "Άγνωστη",
    "dob.estimated_on": "περίπου {age} ετών στις {date}",

    "sex.female": "Γυναίκα",
    "sex.male": "Άνδρας",
    "sex.other": "Άλλο",
    "sex.unknown": "Άγνωστο",

    "status.pre_registered": "Προκαταγεγραμμένο",
    "status.registered": "Καταγεγραμμένο",
    "status.referred": "Παραπεμφθέν",
    "status.transferred": "Μεταφερθέν",
    "status.closed": "Κλειστό",

    "nationality.XXA": "Ανιθαγενής",
    "nationality.XXX": "Άγνωστη ιθαγένεια",

    "detail.back": "Επιστροφή στη λίστα",
    "detail.title": "Καρτέλα προσώπου",
    "detail.case_number": "Αριθμός φακέλου",
    "detail.names": "Ονόματα",
    "detail.sex": "Φύλο",
    "detail.dob": "Ημερομηνία γέννησης",
    "detail.nationality": "Ιθαγένεια",
    "detail.languages": "Γλώσσες",
    "detail.preferred_language": "Προτιμώμενη γλώσσα",
    "detail.phone": "Τηλέφωνο",
    "detail.protection": "Αιτείται προστασία",
    "detail.consent": "Συναίνεση στην καταγραφή",
    "detail.status": "Κατάσταση",
    "detail.registered_at": "Καταγράφηκε",
    "detail.history": "Ιστορικό",
    "detail.conflicts": "{count, plural, one {# πεδίο άλλαξε σε δύο συσκευές και χρειάζεται έλεγχο.} other {# πεδία άλλαξαν σε δύο συσκευές και χρειάζονται έλεγχο.}}",
    "detail.none": "—",
    "conflict.keep": "Διατήρηση αυτού",
    "conflict.device": "στη συσκευή {device}",
    "conflict.supervisor_only": "Ένας επόπτης επιλέγει ποια τιμή θα διατηρηθεί.",
    "erase.title": "Διαγραφή αυτού του φακέλου",
    "erase.explain": "Μόνο επόπτης μπορεί να το κάνει. Ο φάκελος διαγράφεται από αυτή τη συσκευή, από τον διακομιστή και από κάθε συσκευή που συγχρονίζεται. Δεν αναιρείται.",
    "erase.reason": "Αιτία",
    "erase.reason.entered_in_error": "Καταχωρίστηκε κατά λάθος",
    "erase.reason.duplicate": "Διπλότυπο άλλου φακέλου",
    "erase.reason.person_requested": "Το ζήτησε το ίδιο το πρόσωπο",
    "erase.reason.ordered": "Με εντολή αρχής",
    "erase.submit": "Οριστική διαγραφή",
    "erase.done": "Ο φάκελος διαγράφηκε.",

    "detail.leaflets": "Ενημερωτικά φυλλάδια που δόθηκαν",

    "detail.leaflets.none": "Δεν έχει δοθεί ακόμη ενημερωτικό φυλλάδιο.",

    "detail.give_leaflet": "Δώστε φυλλάδιο",

    "leaflet.title": "Ενημερωτικό φυλλάδιο",

    "leaflet.back": "Πίσω στην καρτέλα",

    "leaflet.choose": "Φυλλάδιο",

    "leaflet.language": "Γλώσσα του φυλλαδίου",

    "leaflet.large_text": "Μεγάλα γράμματα",

    "leaflet.status.machine_drafted": "Αυτόματη μετάφραση, δεν έχει ελεγχθεί ακόμη από φυσικό ομιλητή",

    "leaflet.status.reviewed": "Μετάφραση ελεγμένη από φυσικό ομιλητή",

    "leaflet.version": "έκδοση {version}",

    "leaflet.legal_basis": "Νομική βάση",

    "leaflet.record.title": "Καταχώριση παράδοσης",

    "leaflet.format": "Τρόπος παράδοσης",

    "leaflet.format.screen": "Στην οθόνη",

    "leaflet.format.print": "Έντυπο αντίγραφο",

    "leaflet.format.pdf": "PDF",

    "leaflet.explained_orally": "Εξηγήθηκε προφορικά",

    "leaflet.interpreter": "Γλώσσα διερμηνέα",

    "leaflet.interpreter.none": "Χωρίς διερμηνέα",

    "leaflet.interpreter_used": "μέσω διερμηνέα ({language})",

    "leaflet.ack": "Επιβεβαίωση από το πρόσωπο",

    "leaflet.ack.none": "Καμία",

    "leaflet.ack.verbal": "Προφορική επιβεβαίωση",

    "leaflet.ack.signed": "Υπογραφή",

    "leaflet.ack.declined": "Αρνήθηκε να επιβεβαιώσει",

    "leaflet.record": "Καταχώριση παράδοσης",

    "leaflet.recorded": "Καταχωρίστηκε: «{leaflet}» στα {language}.",


    "due.title": "Φυλλάδια που οφείλονται",


    "due.count": "{count, plural, one {# φυλλάδιο οφείλεται} other {# φυλλάδια οφείλονται}}",


    "due.none": "Όλα τα πρόσωπα που καταγράφηκαν εδώ έχουν λάβει τα υποχρεωτικά φυλλάδια.",


    "due.today": "λήγει σήμερα",


    "due.overdue": "{count, plural, one {# ημέρα καθυστέρηση} other {# ημέρες καθυστέρηση}}",


    "due.more": "{count, plural, one {και # ακόμη} other {και # ακόμη}}",


    "settings.deadlines": "Υποχρεωτικά φυλλάδια",


    "settings.deadlines.hint": "Ημέρες μετά την καταγραφή έως τις οποίες κάθε πρόσωπο πρέπει να λάβει το φυλλάδιο (0: κατά την καταγραφή). Αφήστε κενό αν δεν είναι υποχρεωτικό.",


    "settings.deadlines.unit": "ημέρες",


    "settings.deadlines.save": "Αποθήκευση προθεσμιών",


    "settings.deadlines.saved": "Οι προθεσμίες αποθηκεύτηκαν. Όλες οι συσκευές αυτού του σημείου θα τις λάβουν στον επόμενο συγχρονισμό.",



    "leaflet.pdf": "Αποθήκευση ως PDF",



    "leaflet.pdf.saved": "Αποθηκεύτηκε ως PDF: {path}",



    "leaflet.missing_contacts": "Τα στοιχεία επικοινωνίας του σημείου για αυτό το φυλλάδιο δεν έχουν οριστεί ({names}). Ένας επόπτης τα ορίζει στις Ρυθμίσεις· μέχρι τότε δεν μπορεί να εκτυπωθεί.",



    "settings.contacts": "Στοιχεία επικοινωνίας στα φυλλάδια",



    "settings.contacts.hint": "Εκτυπώνονται στο φυλλάδιο επικοινωνίας, σε κάθε γλώσσα. Γράψτε τα τηλέφωνα με τον κωδικό χώρας.",



    "settings.contacts.save": "Αποθήκευση στοιχείων",



    "settings.contacts.saved": "Τα στοιχεία αποθηκεύτηκαν. Όλες οι συσκευές αυτού του σημείου θα τα λάβουν στον επόμενο συγχρονισμό.",




    "home.group": "Προκαταγραφή οικογένειας",




    "group.title": "Προκαταγραφή οικογένειας ή ομάδας",




    "group.intro": "Λίγα πεδία ανά άτομο· κάθε καρτέλα συμπληρώνεται αργότερα. Οι γραμμές χωρίς όνομα παραλείπονται.",




    "group.cancel": "Ακύρωση",




    "group.arrival": "Άφιξη",




    "group.border_point": "Σημείο διέλευσης",




    "group.means": "Μέσο άφιξης",




    "group.means.unknown": "Δεν καταγράφηκε",




    "group.means.land": "Ξηρά",




    "group.means.sea": "Θάλασσα",




    "group.means.air": "Αέρας",




    "group.means.other": "Άλλο",




    "group.member": "Άτομο {n}",




    "group.given": "Όνομα",




    "group.family": "Επώνυμο",




    "group.dob": "Ηλικία ή ημερομηνία γέννησης",




    "group.dob.hint": "Ηλικία σε έτη (π.χ. 34), ή ΕΕΕΕ, ΕΕΕΕ-ΜΜ ή ΕΕΕΕ-ΜΜ-ΗΗ",




    "group.relationship": "Σχέση",




    "group.add": "Προσθήκη ατόμου",




    "group.submit": "Προκαταγραφή όλων",




    "group.done": "{count, plural, one {# άτομο προκαταγράφηκε.} other {# άτομα προκαταγράφηκαν.}}",




    "relationship.focal_point": "Αρχηγός οικογένειας / πρόσωπο αναφοράς",




    "relationship.spouse": "Σύζυγος",




    "relationship.child": "Παιδί",




    "relationship.parent": "Γονέας",




    "relationship.sibling": "Αδελφός ή αδελφή",




    "relationship.grandparent": "Παππούς ή γιαγιά",




    "relationship.grandchild": "Εγγόνι",




    "relationship.other_relative": "Άλλος συγγενής",




    "relationship.not_related": "Χωρίς συγγένεια",





    "filters.title": "{count, plural, =0 {Φίλτρα} one {Φίλτρα (# ενεργό)} other {Φίλτρα (# ενεργά)}}",





    "filters.any": "Όλα",





    "filters.age_min": "Ηλικία από",





    "filters.age_max": "Ηλικία έως",





    "filters.clear": "Καθαρισμός φίλτρων",






    "review.title": "Πιθανές διπλοεγγραφές",
    "review.count": "{count, plural, one {# ζεύγος για έλεγχο} other {# ζεύγη για έλεγχο}}",
    "review.none": "Δεν υπάρχουν πιθανές διπλοεγγραφές για έλεγχο.",
    "review.open": "Έλεγχος",
    "review.match": "Πολύ πιθανόν το ίδιο πρόσωπο",
    "review.probable": "Ίσως το ίδιο πρόσωπο",
    "review.disputed": "Οι ελεγκτές διαφώνησαν: αποφασίστε ξανά",
    "review.same": "Ίδιο πρόσωπο",
    "review.not_same": "Όχι το ίδιο πρόσωπο",
    "review.elsewhere": "Καταγράφηκε στο {site}· όχι σε αυτή τη συσκευή",
    "review.supervisor_only": "Μόνο επόπτης μπορεί να αποφασίσει.",
    "review.back": "Πίσω",
    "review.reasons": "Τι συμφωνεί (+) και τι όχι (−)",
    "reason.document": "Αριθμός εγγράφου",
    "reason.relative": "Όνομα συγγενούς",
    "reason.order": "Ονόματα σε άλλη σειρά",
    "detail.linked": "Συνδεδεμένες εγγραφές",
    "link.same_person": "Ίδιο πρόσωπο",
    "link.not_same_person": "Όχι το ίδιο πρόσωπο",
    "link.in_conflict": "οι ελεγκτές διαφωνούν",
    "link.elsewhere": "Εγγραφή άλλου σημείου",
    "detail.redirected": "Ανοίξατε το {case}. Είναι το ίδιο πρόσωπο με αυτή την εγγραφή, που έγινε πρώτη.",
    "history.identity_link_decided": "Απόφαση για διπλοεγγραφή",
    "review.card_title": "Για έλεγχο",
    "review.conflicts_title": "Αντικρουόμενες αλλαγές",
    "review.conflicts": "{count, plural, one {# εγγραφή με αντικρουόμενες αλλαγές} other {# εγγραφές με αντικρουόμενες αλλαγές}}",
    "export.title": "Αρχείο παραδόσεων",
    "export.hint": "Κάθε φυλλάδιο που δόθηκε στα πρόσωπα αυτής της συσκευής, σε αρχείο CSV: αριθμοί φακέλου, χωρίς ονόματα.",
    "export.button": "Εξαγωγή σε CSV",
    "export.done": "Αποθηκεύτηκε:",
    "settings.lock_after": "Κλείδωμα μετά από αδράνεια",
    "settings.lock_after.seconds": "{count, plural, one {# δευτερόλεπτο} other {# δευτερόλεπτα}}",
    "settings.lock_after.minutes": "{count, plural, one {# λεπτό} other {# λεπτά}}",
    "unlock.auto_locked": "Κλειδώθηκε επειδή η συσκευή δεν χρησιμοποιούνταν. Ξεκλειδώστε για να συνεχίσετε.",
    "officers.title": "Υπάλληλοι σε αυτή τη συσκευή",
    "officers.officer": "Υπάλληλος",
    "officers.supervisor": "Επόπτης",
    "officers.role": "Ρόλος",
    "officers.add": "Προσθήκη υπαλλήλου",
    "officers.added": "Ο/Η {name} μπορεί πλέον να ξεκλειδώνει αυτή τη συσκευή με τη δική του/της φράση πρόσβασης.",
    "arrivals.title": "Αφίξεις",
    "arrivals.today": "Σήμερα στο σημείο {site}: {people}",
    "arrivals.chart": "Καταχωρίσεις ανά ημέρα, τελευταίες {days} ημέρες",
    "arrivals.bar": "{day}: {people}",
    "arrivals.other": "Άλλη ή άγνωστη",
    "arrivals.show_today": "Εμφάνιση των σημερινών",
    "arrivals.none": "Καμία καταχώριση σε αυτό το σημείο αυτές τις ημέρες.",
    "filters.registered_from": "Καταχώριση από",
    "filters.registered_to": "Καταχώριση έως",
    "filters.site": "Σημείο",
    "filters.this_site": "Αυτό το σημείο ({site})",
    "home.no_match": "Κανείς δεν ταιριάζει με την αναζήτηση ή τα φίλτρα.",
    "handover.text_given": "Κείμενο που δόθηκε",
    "handover.text_missing": "Αυτή η έκδοση του κειμένου δεν υπάρχει σε αυτή τη συσκευή.",
    "detail.needs": "Ειδικές ανάγκες",
    "detail.needs_withheld": "Οι λεπτομέρειες φυλάσσονται για τις συσκευές των επόπτων. Μια σημείωση που προστίθεται εδώ αποστέλλεται σε αυτούς.",
    "need.CR": "Παιδί σε κίνδυνο",
    "need.SC": "Ασυνόδευτο ή χωρισμένο παιδί",
    "need.WR": "Γυναίκα σε κίνδυνο",
    "need.ER": "Ηλικιωμένο άτομο σε κίνδυνο",
    "need.SP": "Μονογονέας ή φροντιστής",
    "need.DS": "Αναπηρία",
    "need.SM": "Σοβαρή ιατρική πάθηση",
    "need.FU": "Οικογενειακή ενότητα",
    "need.LP": "Ειδικές ανάγκες νομικής και σωματικής προστασίας",
    "need.TR": "Βασανιστήρια",
    "need.SV": "Σεξουαλική βία και βία λόγω φύλου",
    "register.unaccompanied": "Παιδί που ταξιδεύει χωρίς γονέα ή νόμιμο κηδεμόνα",
    "register.need_note": "Λεπτομέρειες (προαιρετικά)",
    "register.needs.hint": "Επιλέξτε ό,τι ισχύει. Οι λεπτομέρειες αποστέλλονται μόνο στις συσκευές των επόπτων.",
    "edit.title": "Επεξεργασία εγγραφής",
    "edit.submit": "Αποθήκευση αλλαγών",
    "detail.edit": "Επεξεργασία",
    "register.place_of_birth": "Τόπος γέννησης",
    "register.arrival_at": "Άφιξη (ημερομηνία και ώρα)",
    "register.documents": "Έγγραφα ταυτότητας",
    "register.rows.hint": "Συμπληρώστε την κενή γραμμή για να προσθέσετε ένα· σβήστε έναν αριθμό ή ένα όνομα για να το αφαιρέσετε.",
    "register.doc.kind": "Είδος",
    "register.doc.number": "Αριθμός",
    "register.doc.country": "Χώρα έκδοσης",
    "register.doc.expiry": "Ισχύει έως",
    "doc.kind.passport": "Διαβατήριο",
    "doc.kind.national_id": "Δελτίο ταυτότητας",
    "doc.kind.birth_certificate": "Πιστοποιητικό γέννησης",
    "doc.kind.residence_permit": "Άδεια διαμονής ή θεώρηση",
    "doc.kind.refugee_document": "Ταξιδιωτικό έγγραφο προσφύγων",
    "doc.kind.other": "Άλλο έγγραφο",
    "register.family_in_eu": "Μέλη οικογένειας στην ΕΕ",
    "register.fam.name": "Όνομα",
    "register.fam.relationship": "Συγγένεια",
    "register.fam.country": "Χώρα",
    "register.fam.contact": "Επικοινωνία (τηλέφωνο ή διεύθυνση)",
    "register.country.none": "Δεν καταγράφηκε",
    "history.registered": "Καταγραφή",
    "history.pre_registered": "Προκαταγραφή",
    "history.field_changed": "Αλλαγή",
    "history.consent_changed": "Αλλαγή συναίνεσης",
    "history.status_changed": "Αλλαγή κατάστασης",
    "history.conflict_resolved": "Επίλυση διένεξης",
    "history.group_changed": "Αλλαγή ομάδας",
    "history.leaflet_handed_over": "Δόθηκε ενημερωτικό φυλλάδιο",
    "history.other": "Άλλη αλλαγή",

    "settings.title": "Ρυθμίσεις",
    "settings.site": "Σημείο",
    "settings.device": "Κωδικός συσκευής",
    "settings.retention": "Διατήρηση συγχρονισμένων φακέλων σε αυτή τη συσκευή για (ημέρες)",
    "settings.retention.hint": "Οι φάκελοι που έχει ο διακομιστής αφαιρούνται από αυτή τη συσκευή μετά από τόσες ημέρες χωρίς αλλαγή. Οι φάκελοι που δεν έχουν συγχρονιστεί διατηρούνται πάντα.",
    "settings.retention.save": "Αποθήκευση",
    "settings.retention.saved": "Αποθηκεύτηκε.",

    "sync.title": "Συγχρονισμός",
    "sync.server": "Διακομιστής",
    "sync.fingerprint": "Πιστοποιητικό διακομιστή (το αρχείο καταγραφής του διακομιστή δείχνει το ίδιο)",
    "sync.not_enrolled": "Η συσκευή δεν είναι εγγεγραμμένη σε διακομιστή συγχρονισμού. Οι εγγραφές μένουν στη συσκευή μέχρι να εγγραφεί.",
    "sync.enrol.title": "Εγγραφή αυτής της συσκευής",
    "sync.enrol.server_url": "Διεύθυνση διακομιστή",
    "sync.enrol.server_url.hint": "Όπως σας τη δίνει ο επόπτης σας, π.χ. https://sync.example.org",
    "sync.enrol.code": "Κωδικός εγγραφής μίας χρήσης",
    "sync.enrol.code.hint": "Κάθε κωδικός ισχύει μία φορά. Αν έχει λήξει, ζητήστε νέο από τον επόπτη σας.",
    "sync.enrol.submit": "Εγγραφή αυτής της συσκευής",
    "sync.enrol.working": "Εγγραφή…",
    "sync.enrol.done": "Η συσκευή εγγράφηκε. Συγχρονίστε τώρα για να στείλετε τις εγγραφές της.",
    "sync.enrol.invalid_url": "Γράψτε την πλήρη διεύθυνση του διακομιστή, π.χ. https://sync.example.org. Το απλό http:// επιτρέπεται μόνο για διακομιστή σε αυτόν τον υπολογιστή (127.0.0.1).",
    "sync.waiting": "{count, plural, =0 {Καμία εγγραφή σε αναμονή συγχρονισμού} one {# εγγραφή σε αναμονή συγχρονισμού} other {# εγγραφές σε αναμονή συγχρονισμού}}",
    "sync.last": "Τελευταίος συγχρονισμός",
    "sync.last.never": "Ποτέ",
    "sync.now": "Συγχρονισμός τώρα",
    "sync.cancel": "Διακοπή συγχρονισμού",
    "sync.cancelling": "Διακοπή…",
    "sync.progress": "Πρόοδος συγχρονισμού",
    "sync.phase.connecting": "Σύνδεση με τον διακομιστή…",
    "sync.phase.comparing": "Σύγκριση εγγραφών με τον διακομιστή…",
    "sync.phase.pushing": "Αποστολή εγγραφών…",
    "sync.phase.pulling": "Λήψη εγγραφών…",
    "sync.phase.done": "Ολοκλήρωση…",
    "sync.progress.sent": "Στάλθηκαν: {pushed} από {total}",
    "sync.progress.received": "Ελήφθησαν: {pulled}",
    "sync.progress.bytes": "Δεδομένα: {up} αποστολή, {down} λήψη",
    "sync.result": "Ο συγχρονισμός ολοκληρώθηκε: {pushed, plural, =0 {δεν στάλθηκε τίποτα} one {στάλθηκε # εγγραφή} other {στάλθηκαν # εγγραφές}}, {pulled, plural, =0 {δεν ελήφθη τίποτα} one {ελήφθη # εγγραφή} other {ελήφθησαν # εγγραφές}}.",
    "sync.result.repaired": "Ο συγχρονισμός σύγκρινε επίσης κάθε εγγραφή της συσκευής με το αντίγραφο του διακομιστή.",
  },
  errors: {
    not_set_up: "Η συσκευή δεν έχει ρυθμιστεί ακόμη.",
    already_set_up: "Η συσκευή έχει ήδη ρυθμιστεί. Ξεκλειδώστε την.",
    locked: "Η συσκευή είναι κλειδωμένη. Ξεκλειδώστε την για να συνεχίσετε.",
    wrong_credentials: "Λάθος όνομα χρήστη ή φράση πρόσβασης. Δοκιμάστε ξανά.",
    too_many_attempts: "Πάρα πολλές λανθασμένες φράσεις πρόσβασης. Περιμένετε {seconds, plural, one {# δευτερόλεπτο} other {# δευτερόλεπτα}} και δοκιμάστε ξανά.",
    validation: "Ορισμένα πεδία χρειάζονται διόρθωση. Δείτε τα μηνύματα δίπλα τους.",
    not_found: "Η εγγραφή δεν βρέθηκε σε αυτή τη συσκευή.",
    record_damaged: "Η εγγραφή είναι κατεστραμμένη και τέθηκε στην άκρη. Ενημερώστε τον επόπτη σας.",
    forbidden: "Ο ρόλος σας δεν επιτρέπει αυτή την ενέργεια.",
    username_taken: "Το όνομα χρήστη χρησιμοποιείται ήδη. Επιλέξτε άλλο.",
    storage: "Η συσκευή δεν μπόρεσε να αποθηκεύσει ή να διαβάσει δεδομένα. Δοκιμάστε ξανά· αν επιμένει, ενημερώστε τον επόπτη σας.",
    needs_newer_app: "Τα δεδομένα προέρχονται από νεότερη έκδοση του Waypoint. Ενημερώστε την εφαρμογή.",
    no_conflict: "Η διένεξη έχει ήδη επιλυθεί.",
    internal: "Παρουσιάστηκε εσωτερικό σφάλμα της εφαρμογής. Δοκιμάστε ξανά ή επανεκκινήστε την.",
    not_enrolled: "Η συσκευή δεν είναι ακόμη συνδεδεμένη με διακομιστή συγχρονισμού.",
    network: "Ο διακομιστής συγχρονισμού δεν είναι προσβάσιμος. Η εργασία σας είναι αποθηκευμένη στη συσκευή· δοκιμάστε αργότερα.",
    server_refused: "Ο διακομιστής συγχρονισμού απέρριψε το αίτημα. Ελέγξτε τη διεύθυνση του διακομιστή και τον κωδικό ή ενημερώστε τον επόπτη σας.",
    device_revoked: "Η συσκευή ανακλήθηκε από διαχειριστή. Τα δεδομένα της διαγράφηκαν.",
    enrolment_code_invalid: "Ο κωδικός εγγραφής είναι άγνωστος, έχει ήδη χρησιμοποιηθεί ή έχει λήξει. Ζητήστε νέο από τον διαχειριστή.",
    site_mismatch: "Αυτός ο κωδικός εγγραφής αφορά άλλη τοποθεσία από αυτή της συσκευής. Ζητήστε κωδικό για την τοποθεσία της συσκευής· αυτός ισχύει ακόμη για τη δική του.",
    cancelled: "Ο συγχρονισμός διακόπηκε. Ό,τι στάλθηκε είναι ασφαλές· τα υπόλοιπα θα σταλούν στον επόμενο συγχρονισμό.",
  },
  validation: {
    name_required: "Συμπληρώστε όνομα ή επώνυμο.",
    name_empty: "Γράψτε το όνομα στην αρχική του γραφή ή αδειάστε αυτή τη γραμμή.",
    name_too_long: "Το όνομα είναι πολύ μεγάλο.",
    latin_form_not_latin: "Χρησιμοποιήστε λατινικούς χαρακτήρες (A–Z, και με τόνους) για τη λατινική μορφή.",
    date_of_birth_invalid: "Γράψτε την ημερομηνία ως ΕΕΕΕ-ΜΜ-ΗΗ, ΕΕΕΕ-ΜΜ ή ΕΕΕΕ, ή μια ηλικία σε έτη.",
    date_of_birth_in_future: "Η ημερομηνία γέννησης είναι μεταγενέστερη της σημερινής.",
    age_out_of_range: "Η ηλικία πρέπει να είναι από 0 έως 130.",
    country_unknown: "Επιλέξτε χώρα από τη λίστα.",
    nationality_unknown: "Επιλέξτε ιθαγένεια από τη λίστα.",
    language_unknown: "Επιλέξτε γλώσσα από τη λίστα.",
    document_number_empty: "Συμπληρώστε τον αριθμό του εγγράφου.",
    date_invalid: "Γράψτε την ημερομηνία ως ΕΕΕΕ-ΜΜ-ΗΗ.",
    phone_invalid: "Ο αριθμός τηλεφώνου μπορεί να περιέχει μόνο ψηφία, κενά και + - ( ) .",
    arrival_time_invalid: "Η ώρα άφιξης δεν είναι έγκυρη ή βρίσκεται στο μέλλον.",
    specific_need_unknown: "Άγνωστη ειδική ανάγκη.",
    specific_need_duplicate: "Η ειδική ανάγκη έχει επιλεγεί δύο φορές.",
    unaccompanied_minor_without_sc: "Για ασυνόδευτο παιδί απαιτείται η ειδική ανάγκη «ασυνόδευτο ή χωρισμένο παιδί».",
    consent_missing: "Καταχωρίστε αν το πρόσωπο συναινεί στην καταγραφή (δόθηκε ή αρνήθηκε).",
    consent_duplicate: "Η συναίνεση έχει καταχωριστεί δύο φορές.",
    text_too_long: "Το κείμενο είναι πολύ μεγάλο.",
    family_member_name_empty: "Συμπληρώστε το όνομα του μέλους της οικογένειας.",
    photo_invalid: "Η φωτογραφία πρέπει να είναι μικρό αρχείο JPEG.",
    group_empty: "Προσθέστε τουλάχιστον ένα μέλος.",
    focal_point_invalid: "Επιλέξτε το πρόσωπο αναφοράς της ομάδας.",
    item_id_invalid: "Η καταχώριση είναι κατεστραμμένη· φορτώστε ξανά την εγγραφή.",
    leaflet_unknown: "Αυτό το ενημερωτικό φυλλάδιο δεν μπορεί να δοθεί σε αυτόν τον χώρο· επιλέξτε ένα από τη λίστα.",
    leaflet_version_unknown: "Το κείμενο αυτού του φυλλαδίου άλλαξε σε αυτή τη συσκευή· ανοίξτε το ξανά και δώστε το κείμενο που εμφανίζεται.",
    leaflet_language_unknown: "Αυτή η γλώσσα δεν υπάρχει στον κατάλογο φυλλαδίων· επιλέξτε μία από τη λίστα.",
    interpreter_language_invalid: "Η γλώσσα του διερμηνέα δεν είναι γνωστός κωδικός γλώσσας.",
  },
  languageNames: { kmr: "Κουρδικά (Κουρμαντζί)", ckb: "Κουρδικά (Σοράνι)" },
};

export default el;
