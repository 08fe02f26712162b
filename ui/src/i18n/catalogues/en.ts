// English: the source catalogue. Its `messages` define the keys of every other catalogue.
// Messages are ICU MessageFormat: `{name}` placeholders, `{count, plural, one {…} other {…}}`.
// Write the apostrophe as ’ (a straight ' can start an ICU quote).

import type { Catalogue } from "../types";

export const messages = {
  "app.name": "Waypoint",
  "app.loading": "Opening…",

  "language.label": "Language",
  "language.hint": "Changes the app’s text and layout on this device only. Records are not translated.",

  "setup.title": "Set up this device",
  "setup.intro": "First use: create the site code and the first officer account. This officer becomes the device’s supervisor.",
  "setup.site_code": "Site code",
  "setup.site_code.hint": "2–6 letters or digits, e.g. LSV",
  "setup.username": "Username",
  "setup.username.hint": "2–32 letters, digits, dots, dashes or underscores",
  "setup.display_name": "Display name",
  "setup.passphrase": "Passphrase",
  "setup.passphrase.hint": "At least 10 characters. It cannot be recovered: keep it safe.",
  "setup.passphrase2": "Passphrase again",
  "setup.passphrase_mismatch": "The two passphrases differ. Type the same passphrase twice.",
  "setup.submit": "Set up device",

  "unlock.title": "Unlock Waypoint",
  "unlock.officer": "Officer",
  "unlock.passphrase": "Passphrase",
  "unlock.submit": "Unlock",
  "unlock.working": "Checking…",

  "home.title": "Registered people",
  "home.signed_in": "{name} · site {site}",
  "home.lock": "Lock",
  "home.register": "Register person",
  "home.empty": "No one is registered on this device yet.",
  "home.count": "{count, plural, one {# person} other {# people}}",
  "home.count_at_least": "{count, plural, one {at least # person} other {at least # people}}",
  "home.search": "Search by name or case number",
  "home.search.submit": "Search",
  "home.search.placeholder": "Name or case number",

  "list.case_number": "Case number",
  "list.name": "Name",
  "list.original_name": "Name (original script)",
  "list.nationality": "Nationality",
  "list.born": "Born",
  "list.status": "Status",

  "register.title": "Register person",
  "register.names": "Name",
  "register.original": "{part} (original script)",
  "register.latin": "{part} (Latin letters)",
  "register.sex": "Sex",
  "register.dob": "Date of birth",
  "register.dob.precision": "How precise is the date of birth?",
  "register.dob.value": "Date of birth",
  "register.dob.hint.exact": "YYYY-MM-DD, e.g. 1994-03-21",
  "register.dob.hint.year_month": "YYYY-MM, e.g. 1994-03",
  "register.dob.hint.year": "YYYY, e.g. 1994",
  "register.dob.hint.estimated_age": "Age in years, e.g. 30",
  "register.dob.age": "Estimated age",
  "register.nationality": "Nationality",
  "register.nationality.none": "Not known yet",
  "register.languages": "Languages spoken",
  "register.preferred_language": "Preferred language for information",
  "register.preferred_language.none": "Not stated",
  "register.phone": "Phone",
  "register.protection": "Applies for international protection",
  "register.protection.yes": "Yes",
  "register.likely.title": "{count, plural, one {Someone like this is already registered} other {# people like this are already registered}}",
  "register.likely.match": "same person?",
  "register.likely.probable": "worth a look",
  "register.likely.hint": "Open a record to compare. If this is a new person, press Save again.",
  "register.protection.no": "No",
  "register.protection.unknown": "Not asked yet",
  "register.consent": "Consent to registration",
  "register.consent.given": "Given",
  "register.consent.refused": "Refused",
  "register.consent.hint": "Refusing has no adverse consequence for the person.",
  "register.submit": "Save registration",
  "register.cancel": "Cancel",
  "register.saving": "Saving…",
  "register.saved": "Registered {case}.",
  "register.other_errors": "Also check:",

  "name.given": "Given name",
  "name.father": "Father’s name",
  "name.grandfather": "Grandfather’s name",
  "name.family": "Family name",
  "name.other": "Other name",

  "dob.exact": "Exact date",
  "dob.year_month": "Year and month",
  "dob.year": "Year only",
  "dob.estimated_age": "Estimated age",
  "dob.unknown": "Unknown",
  "dob.estimated_on": "about {age} years old on {date}",

  "sex.female": "Female",
  "sex.male": "Male",
  "sex.other": "Other",
  "sex.unknown": "Unknown",

  "status.pre_registered": "Pre-registered",
  "status.registered": "Registered",
  "status.referred": "Referred",
  "status.transferred": "Transferred",
  "status.closed": "Closed",

  "nationality.XXA": "Stateless",
  "nationality.XXX": "Unknown nationality",

  "detail.back": "Back to list",
  "detail.title": "Person record",
  "detail.case_number": "Case number",
  "detail.names": "Names",
  "detail.sex": "Sex",
  "detail.dob": "Date of birth",
  "detail.nationality": "Nationality",
  "detail.languages": "Languages",
  "detail.preferred_language": "Preferred language",
  "detail.phone": "Phone",
  "detail.protection": "Applies for protection",
  "detail.consent": "Consent to registration",
  "detail.status": "Status",
  "detail.registered_at": "Registered",
  "detail.history": "History",
  "detail.conflicts": "{count, plural, one {# field was changed on two devices and needs review.} other {# fields were changed on two devices and need review.}}",
  "detail.none": "—",
  "conflict.keep": "Keep this",
  "conflict.device": "on device {device}",
  "conflict.supervisor_only": "A supervisor chooses which value to keep.",
  "erase.title": "Erase this record",
  "erase.explain": "Only a supervisor can do this. The record is deleted from this device, from the server and from every device that syncs. This cannot be undone.",
  "erase.reason": "Reason",
  "erase.reason.entered_in_error": "Entered in error",
  "erase.reason.duplicate": "A duplicate of another record",
  "erase.reason.person_requested": "The person asked for it",
  "erase.reason.ordered": "Ordered by an authority",
  "erase.submit": "Erase for good",
  "erase.done": "The record was erased.",

  "detail.leaflets": "Information leaflets given",

  "detail.leaflets.none": "No information leaflet given yet.",

  "detail.give_leaflet": "Give a leaflet",

  "leaflet.title": "Information leaflet",

  "leaflet.back": "Back to record",

  "leaflet.choose": "Leaflet",

  "leaflet.language": "Language of the leaflet",

  "leaflet.large_text": "Large text",

  "leaflet.status.machine_drafted": "Machine-drafted translation, not yet reviewed by a native speaker",

  "leaflet.status.reviewed": "Translation reviewed by a native speaker",

  "leaflet.version": "version {version}",

  "leaflet.legal_basis": "Legal basis",

  "leaflet.record.title": "Record the hand-over",

  "leaflet.format": "How it was given",

  "leaflet.format.screen": "Shown on screen",

  "leaflet.format.print": "Printed copy",

  "leaflet.format.pdf": "PDF",

  "leaflet.explained_orally": "Explained orally",

  "leaflet.interpreter": "Interpreter’s language",

  "leaflet.interpreter.none": "No interpreter",

  "leaflet.interpreter_used": "through an interpreter ({language})",

  "leaflet.ack": "Acknowledgement by the person",

  "leaflet.ack.none": "None",

  "leaflet.ack.verbal": "Confirmed orally",

  "leaflet.ack.signed": "Signed",

  "leaflet.ack.declined": "Declined to acknowledge",

  "leaflet.record": "Record hand-over",

  "leaflet.recorded": "Recorded: “{leaflet}” in {language}.",


  "due.title": "Leaflets owed",


  "due.count": "{count, plural, one {# leaflet owed} other {# leaflets owed}}",


  "due.none": "Everyone registered here has received the required leaflets.",


  "due.today": "due today",


  "due.overdue": "{count, plural, one {# day overdue} other {# days overdue}}",


  "due.more": "{count, plural, one {and # more} other {and # more}}",


  "settings.deadlines": "Required leaflets",


  "settings.deadlines.hint": "Days after registration by which each person must receive the leaflet (0: at registration). Leave empty if it is not required.",


  "settings.deadlines.unit": "days",


  "settings.deadlines.save": "Save deadlines",


  "settings.deadlines.saved": "Deadlines saved. Every device of this site gets them at its next sync.",



  "leaflet.pdf": "Save as PDF",



  "leaflet.pdf.saved": "Saved as PDF: {path}",



  "leaflet.missing_contacts": "This site’s contact details for this leaflet are not set ({names}). A supervisor sets them in Settings; until then it cannot be printed.",



  "settings.contacts": "Contacts in the leaflets",



  "settings.contacts.hint": "Printed in the contacts leaflet, in every language. Write phone numbers with the country code.",



  "settings.contacts.save": "Save contacts",



  "settings.contacts.saved": "Contacts saved. Every device of this site gets them at its next sync.",




  "home.group": "Pre-register a family",




  "group.title": "Pre-register a family or group",




  "group.intro": "A few fields for each person; complete each record later. Rows without a given name are skipped.",




  "group.cancel": "Cancel",




  "group.arrival": "Arrival",




  "group.border_point": "Border point",




  "group.means": "Means of arrival",




  "group.means.unknown": "Not recorded",




  "group.means.land": "Land",




  "group.means.sea": "Sea",




  "group.means.air": "Air",




  "group.means.other": "Other",




  "group.member": "Person {n}",




  "group.given": "Given name",




  "group.family": "Family name",




  "group.dob": "Age or date of birth",




  "group.dob.hint": "Age in years (e.g. 34), or YYYY, YYYY-MM or YYYY-MM-DD",




  "group.relationship": "Relationship",




  "group.add": "Add a person",




  "group.submit": "Pre-register all",




  "group.done": "{count, plural, one {# person pre-registered.} other {# people pre-registered.}}",




  "relationship.focal_point": "Head of family / focal point",




  "relationship.spouse": "Spouse",




  "relationship.child": "Child",




  "relationship.parent": "Parent",




  "relationship.sibling": "Brother or sister",




  "relationship.grandparent": "Grandparent",




  "relationship.grandchild": "Grandchild",




  "relationship.other_relative": "Other relative",




  "relationship.not_related": "Not related",





  "filters.title": "{count, plural, =0 {Filters} one {Filters (# on)} other {Filters (# on)}}",





  "filters.any": "Any",





  "filters.age_min": "Age from",





  "filters.age_max": "Age to",





  "filters.clear": "Clear filters",






  "review.title": "Possible duplicates",
  "review.count": "{count, plural, one {# pair to review} other {# pairs to review}}",
  "review.none": "No possible duplicates to review.",
  "review.open": "Review",
  "review.match": "Very likely the same person",
  "review.probable": "Possibly the same person",
  "review.disputed": "Reviewers disagreed: decide again",
  "review.same": "Same person",
  "review.not_same": "Not the same person",
  "review.elsewhere": "Registered at {site}; not on this device",
  "review.supervisor_only": "Only a supervisor can decide.",
  "review.back": "Back",
  "review.reasons": "What agrees (+) and what does not (−)",
  "reason.document": "Document number",
  "reason.relative": "Relative's name",
  "reason.order": "Names in another order",
  "detail.linked": "Linked records",
  "link.same_person": "Same person",
  "link.not_same_person": "Not the same person",
  "link.in_conflict": "reviewers disagree",
  "link.elsewhere": "Record held at another site",
  "detail.redirected": "You opened {case}. It is the same person as this record, registered first.",
  "history.identity_link_decided": "Duplicate decision",
  "review.card_title": "To review",
  "review.conflicts_title": "Conflicting edits",
  "review.conflicts": "{count, plural, one {# record with conflicting edits} other {# records with conflicting edits}}",
  "export.title": "Hand-over records",
  "export.hint": "Every leaflet given to the people on this device, as a CSV file: case numbers, no names.",
  "export.button": "Export as CSV",
  "export.done": "Saved:",
  "settings.lock_after": "Lock after inactivity",
  "settings.lock_after.seconds": "{count, plural, one {# second} other {# seconds}}",
  "settings.lock_after.minutes": "{count, plural, one {# minute} other {# minutes}}",
  "unlock.auto_locked": "Locked because the device was not used. Unlock to go on.",
  "officers.title": "Officers on this device",
  "officers.officer": "Officer",
  "officers.supervisor": "Supervisor",
  "officers.role": "Role",
  "officers.add": "Add officer",
  "officers.added": "{name} can now unlock this device with their own passphrase.",
  "arrivals.title": "Arrivals",
  "arrivals.today": "Today at site {site}: {people}",
  "arrivals.chart": "Registrations per day, last {days} days",
  "arrivals.bar": "{day}: {people}",
  "arrivals.other": "Other or unknown",
  "arrivals.show_today": "List today’s",
  "arrivals.none": "No one registered at this site in these days.",
  "filters.registered_from": "Registered from",
  "filters.registered_to": "Registered until",
  "filters.site": "Site",
  "filters.this_site": "This site ({site})",
  "home.no_match": "No one matches the search or filters.",
  "handover.text_given": "Text given",
  "handover.text_missing": "This version of the text is not held on this device.",
  "detail.needs": "Specific needs",
  "detail.needs_withheld": "The details are kept for supervisors’ devices. A note added here is sent to them.",
  "need.CR": "Child at risk",
  "need.SC": "Unaccompanied or separated child",
  "need.WR": "Woman at risk",
  "need.ER": "Older person at risk",
  "need.SP": "Single parent or caregiver",
  "need.DS": "Disability",
  "need.SM": "Serious medical condition",
  "need.FU": "Family unity",
  "need.LP": "Specific legal and physical protection needs",
  "need.TR": "Torture",
  "need.SV": "Sexual and gender-based violence",
  "register.unaccompanied": "A child travelling without a parent or legal guardian",
  "register.need_note": "Details (optional)",
  "register.needs.hint": "Tick what applies. The details are sent only to supervisors’ devices.",
  "edit.title": "Edit record",
  "edit.submit": "Save changes",
  "detail.edit": "Edit",
  "register.place_of_birth": "Place of birth",
  "register.arrival_at": "Arrival (date and time)",
  "register.documents": "Identity documents",
  "register.rows.hint": "Fill in the empty row to add one; clear a number or name to remove one.",
  "register.doc.kind": "Kind",
  "register.doc.number": "Number",
  "register.doc.country": "Issuing country",
  "register.doc.expiry": "Valid until",
  "doc.kind.passport": "Passport",
  "doc.kind.national_id": "National identity card",
  "doc.kind.birth_certificate": "Birth certificate",
  "doc.kind.residence_permit": "Residence permit or visa",
  "doc.kind.refugee_document": "Refugee travel document",
  "doc.kind.other": "Other document",
  "register.family_in_eu": "Family members in the EU",
  "register.fam.name": "Name",
  "register.fam.relationship": "Relationship",
  "register.fam.country": "Country",
  "register.fam.contact": "Contact (phone or address)",
  "register.country.none": "Not recorded",
  "history.registered": "Registered",
  "history.pre_registered": "Pre-registered",
  "history.field_changed": "Changed",
  "history.consent_changed": "Consent changed",
  "history.status_changed": "Status changed",
  "history.conflict_resolved": "Conflict resolved",
  "history.group_changed": "Group changed",
  "history.leaflet_handed_over": "Leaflet handed over",
  "history.other": "Other change",

  "settings.title": "Settings",
  "settings.site": "Site",
  "settings.device": "Device code",
  "settings.retention": "Keep synced records on this device for (days)",
  "settings.retention.hint": "Records the server holds are removed from this device after this many days without a change. Records not yet synced are always kept.",
  "settings.retention.save": "Save",
  "settings.retention.saved": "Saved.",

  "sync.title": "Sync",
  "sync.server": "Server",
  "sync.fingerprint": "Server certificate (the server's log shows the same)",
  "sync.not_enrolled": "This device is not enrolled with a sync server. Records stay on this device until it is.",
  "sync.enrol.title": "Enrol this device",
  "sync.enrol.server_url": "Server address",
  "sync.enrol.server_url.hint": "As given by your supervisor, e.g. https://sync.example.org",
  "sync.enrol.code": "One-time enrolment code",
  "sync.enrol.code.hint": "Each code works once. Ask your supervisor for a new one if it has expired.",
  "sync.enrol.submit": "Enrol this device",
  "sync.enrol.working": "Enrolling…",
  "sync.enrol.done": "This device is enrolled. Sync now to send its records.",
  "sync.enrol.invalid_url": "Write the server’s full address, e.g. https://sync.example.org. Plain http:// works only for a server on this computer (127.0.0.1).",
  "sync.waiting": "{count, plural, =0 {No records waiting to sync} one {# record waiting to sync} other {# records waiting to sync}}",
  "sync.last": "Last sync",
  "sync.last.never": "Never",
  "sync.now": "Sync now",
  "sync.cancel": "Cancel sync",
  "sync.cancelling": "Stopping…",
  "sync.progress": "Sync progress",
  "sync.phase.connecting": "Connecting to the server…",
  "sync.phase.comparing": "Comparing records with the server…",
  "sync.phase.pushing": "Sending records…",
  "sync.phase.pulling": "Receiving records…",
  "sync.phase.done": "Finishing…",
  "sync.progress.sent": "Sent: {pushed} of {total}",
  "sync.progress.received": "Received: {pulled}",
  "sync.progress.bytes": "Data: {up} up, {down} down",
  "sync.result": "Sync complete: {pushed, plural, =0 {nothing sent} one {# record sent} other {# records sent}}, {pulled, plural, =0 {nothing received} one {# record received} other {# records received}}.",
  "sync.result.repaired": "This sync also compared every record on this device with the server’s copy.",
} as const;

const en: Catalogue = {
  locale: "en",
  name: "English",
  dir: "ltr",
  review: "source",
  messages,
  errors: {
    not_set_up: "This device is not set up yet.",
    already_set_up: "This device is already set up. Unlock it instead.",
    locked: "The device is locked. Unlock it to continue.",
    wrong_credentials: "Wrong username or passphrase. Try again.",
    too_many_attempts: "Too many wrong passphrases. Wait {seconds, plural, one {# second} other {# seconds}}, then try again.",
    validation: "Some fields need attention. See the messages next to them.",
    not_found: "This record was not found on this device.",
    record_damaged: "This record is damaged and was set aside. Tell your supervisor.",
    forbidden: "Your role does not allow this.",
    username_taken: "This username is taken. Choose another.",
    storage: "The device could not save or read data. Try again; if it persists, tell your supervisor.",
    needs_newer_app: "This data comes from a newer version of Waypoint. Update the app.",
    no_conflict: "This conflict was already resolved.",
    internal: "Something went wrong inside the app. Try again or restart it.",
    not_enrolled: "This device is not connected to a sync server yet.",
    network: "The sync server cannot be reached. Your work is saved on this device; try again later.",
    server_refused: "The sync server refused the request. Check the server address and the code, or tell your supervisor.",
    device_revoked: "This device was revoked by an administrator. Its data has been removed.",
    enrolment_code_invalid: "The enrolment code is unknown, used already or expired. Ask your administrator for a new one.",
    site_mismatch: "This enrolment code is for another site than this device's. Ask for a code for this device's site; this one can still be used there.",
    cancelled: "Sync stopped. What was sent is safe; the rest goes at the next sync.",
  },
  validation: {
    name_required: "Enter a given name or a family name.",
    name_empty: "Type the name in its original script, or clear this line.",
    name_too_long: "This name is too long.",
    latin_form_not_latin: "Use Latin letters (A–Z, with accents) for the Latin form.",
    date_of_birth_invalid: "Write the date as YYYY-MM-DD, YYYY-MM, YYYY, or an age in years.",
    date_of_birth_in_future: "The date of birth is after today.",
    age_out_of_range: "The age must be between 0 and 130.",
    country_unknown: "Choose a country from the list.",
    nationality_unknown: "Choose a nationality from the list.",
    language_unknown: "Choose a language from the list.",
    document_number_empty: "Enter the document number.",
    date_invalid: "Write the date as YYYY-MM-DD.",
    phone_invalid: "A phone number may hold only digits, spaces and + - ( ) .",
    arrival_time_invalid: "The arrival time is invalid or in the future.",
    specific_need_unknown: "Unknown specific need.",
    specific_need_duplicate: "This specific need is ticked twice.",
    unaccompanied_minor_without_sc: "An unaccompanied child needs the specific need “unaccompanied or separated child”.",
    consent_missing: "Record whether the person consents to registration (given or refused).",
    consent_duplicate: "This consent is recorded twice.",
    text_too_long: "This text is too long.",
    family_member_name_empty: "Enter the family member’s name.",
    photo_invalid: "The photo must be a small JPEG.",
    group_empty: "Add at least one member.",
    focal_point_invalid: "Choose the group’s focal point.",
    item_id_invalid: "This entry is damaged; reload the record.",
    leaflet_unknown: "This leaflet cannot be issued at this site; choose one from the list.",
    leaflet_version_unknown: "This leaflet text has changed on this device; open it again and hand over the text shown.",
    leaflet_language_unknown: "This language is not in the leaflet catalogue; choose one from the list.",
    interpreter_language_invalid: "The interpreter's language is not a known language code.",
  },
  languageNames: { kmr: "Kurdish (Kurmanji)", ckb: "Kurdish (Sorani)" },
};

export default en;
