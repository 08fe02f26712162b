// العربية (Modern Standard Arabic). Drafted by the development team; to be reviewed by an
// Arabic-speaking official. Plurals use all six Arabic categories (zero, one, two, few, many,
// other); digits stay Latin (the app formats with `-u-nu-latn`).

import type { Catalogue } from "../types";

const ar: Catalogue = {
  locale: "ar",
  name: "العربية",
  dir: "rtl",
  review: "draft",
  messages: {
    "app.name": "Waypoint",
    "app.loading": "جارٍ الفتح…",

    "language.label": "اللغة",
    "language.hint": "يغيّر لغة التطبيق واتجاه عرضه على هذا الجهاز فقط. لا تُترجَم السجلات.",

    "setup.title": "إعداد هذا الجهاز",
    "setup.intro": "الاستخدام الأول: أنشئ رمز الموقع وأول حساب موظف. يصبح هذا الموظف مشرف الجهاز.",
    "setup.site_code": "رمز الموقع",
    "setup.site_code.hint": "من 2 إلى 6 أحرف لاتينية أو أرقام، مثل LSV",
    "setup.username": "اسم المستخدم",
    "setup.username.hint": "من 2 إلى 32 من الأحرف أو الأرقام أو النقاط أو الشرطات أو الشرطات السفلية",
    "setup.display_name": "الاسم المعروض",
    "setup.passphrase": "عبارة المرور",
    "setup.passphrase.hint": "10 أحرف على الأقل. لا يمكن استعادتها: احفظها في مكان آمن.",
    "setup.passphrase2": "أعد كتابة عبارة المرور",
    "setup.passphrase_mismatch": "عبارتا المرور مختلفتان. اكتب العبارة نفسها مرتين.",
    "setup.submit": "إعداد الجهاز",

    "unlock.title": "فتح قفل Waypoint",
    "unlock.officer": "الموظف",
    "unlock.passphrase": "عبارة المرور",
    "unlock.submit": "فتح القفل",
    "unlock.working": "جارٍ التحقق…",

    "home.title": "الأشخاص المسجَّلون",
    "home.signed_in": "{name} · الموقع {site}",
    "home.lock": "قفل",
    "home.register": "تسجيل شخص",
    "home.empty": "لم يُسجَّل أحد على هذا الجهاز بعد.",
    "home.count": "{count, plural, zero {لا أحد} one {شخص واحد} two {شخصان} few {# أشخاص} many {# شخصًا} other {# شخص}}",
    "home.count_at_least": "{count, plural, zero {لا أحد} one {شخص واحد على الأقل} two {شخصان على الأقل} few {# أشخاص على الأقل} many {# شخصًا على الأقل} other {# شخص على الأقل}}",
    "home.search": "البحث بالاسم أو رقم الملف",
    "home.search.submit": "بحث",
    "home.search.placeholder": "الاسم أو رقم الملف",

    "list.case_number": "رقم الملف",
    "list.name": "الاسم",
    "list.original_name": "الاسم (بالكتابة الأصلية)",
    "list.nationality": "الجنسية",
    "list.born": "سنة الميلاد",
    "list.status": "الحالة",

    "register.title": "تسجيل شخص",
    "register.names": "الاسم",
    "register.original": "{part} (بالكتابة الأصلية)",
    "register.latin": "{part} (بالحروف اللاتينية)",
    "register.sex": "الجنس",
    "register.dob": "تاريخ الميلاد",
    "register.dob.precision": "ما مدى دقة تاريخ الميلاد؟",
    "register.dob.value": "تاريخ الميلاد",
    "register.dob.hint.exact": "بالصيغة YYYY-MM-DD، مثل 1994-03-21",
    "register.dob.hint.year_month": "بالصيغة YYYY-MM، مثل 1994-03",
    "register.dob.hint.year": "بالصيغة YYYY، مثل 1994",
    "register.dob.hint.estimated_age": "العمر بالسنوات، مثل 30",
    "register.dob.age": "العمر التقديري",
    "register.nationality": "الجنسية",
    "register.nationality.none": "غير معروفة بعد",
    "register.languages": "اللغات التي يتحدثها",
    "register.preferred_language": "اللغة المفضلة لتلقي المعلومات",
    "register.preferred_language.none": "غير محددة",
    "register.phone": "الهاتف",
    "register.protection": "يطلب الحماية الدولية",
    "register.protection.yes": "نعم",
    "register.likely.title": "{count, plural, zero {لا أحد مسجَّل يشبه هذا الشخص} one {شخص مشابه مسجَّل من قبل} two {شخصان مشابهان مسجَّلان من قبل} few {# أشخاص مشابهين مسجَّلين من قبل} many {# شخصًا مشابهًا مسجَّلين من قبل} other {# شخص مشابه مسجَّلين من قبل}}",
    "register.likely.match": "الشخص نفسه؟",
    "register.likely.probable": "يستحق التحقق",
    "register.likely.hint": "افتح سجلًا للمقارنة. إذا كان شخصًا جديدًا، اضغط حفظ مرة أخرى.",
    "register.protection.no": "لا",
    "register.protection.unknown": "لم يُسأل بعد",
    "register.consent": "الموافقة على التسجيل",
    "register.consent.given": "مُنحت",
    "register.consent.refused": "رُفضت",
    "register.consent.hint": "لا يترتب على الرفض أي أثر سلبي على الشخص.",
    "register.submit": "حفظ التسجيل",
    "register.cancel": "إلغاء",
    "register.saving": "جارٍ الحفظ…",
    "register.saved": "حُفظ التسجيل: {case}.",
    "register.other_errors": "تحقق أيضًا مما يلي:",

    "name.given": "الاسم الأول",
    "name.father": "اسم الأب",
    "name.grandfather": "اسم الجد",
    "name.family": "اسم العائلة",
    "name.other": "اسم آخر",

    "dob.exact": "تاريخ دقيق",
    "dob.year_month": "السنة والشهر",
    "dob.year": "السنة فقط",
    "dob.estimated_age": "عمر تقديري",
    "dob.unknown": "غير معروف",
    "dob.estimated_on": "العمر نحو {age} بتاريخ {date}",

    "sex.female": "أنثى",
    "sex.male": "ذكر",
    "sex.other": "آخر",
    "sex.unknown": "غير معروف",

    "status.pre_registered": "مسجَّل مبدئيًا",
    "status.registered": "مسجَّل",
    "status.referred": "مُحال",
    "status.transferred": "منقول",
    "status.closed": "مغلق",

    "nationality.XXA": "عديم الجنسية",
    "nationality.XXX": "جنسية غير معروفة",

    "detail.back": "العودة إلى القائمة",
    "detail.title": "سجل الشخص",
    "detail.case_number": "رقم الملف",
    "detail.names": "الأسماء",
    "detail.sex": "الجنس",
    "detail.dob": "تاريخ الميلاد",
    "detail.nationality": "الجنسية",
    "detail.languages": "اللغات",
    "detail.preferred_language": "اللغة المفضلة",
    "detail.phone": "الهاتف",
    "detail.protection": "يطلب الحماية",
    "detail.consent": "الموافقة على التسجيل",
    "detail.status": "الحالة",
    "detail.registered_at": "تاريخ التسجيل",
    "detail.history": "سجل التغييرات",
    "detail.conflicts": "{count, plural, zero {لا توجد حقول تحتاج إلى مراجعة.} one {حقل واحد عُدِّل على جهازين ويحتاج إلى مراجعة.} two {حقلان عُدِّلا على جهازين ويحتاجان إلى مراجعة.} few {# حقول عُدِّلت على جهازين وتحتاج إلى مراجعة.} many {# حقلًا عُدِّلت على جهازين وتحتاج إلى مراجعة.} other {# حقل عُدِّلت على جهازين وتحتاج إلى مراجعة.}}",
    "detail.none": "—",
    "conflict.keep": "الإبقاء على هذه",
    "conflict.device": "على الجهاز {device}",
    "conflict.supervisor_only": "يختار المشرف القيمة التي يُبقى عليها.",
    "erase.title": "محو هذا السجل",
    "erase.explain": "لا يقوم بذلك إلا المشرف. يُحذف السجل من هذا الجهاز ومن الخادم ومن كل جهاز يُزامِن. لا يمكن التراجع عن ذلك.",
    "erase.reason": "السبب",
    "erase.reason.entered_in_error": "أُدخل خطأً",
    "erase.reason.duplicate": "نسخة مكررة من سجل آخر",
    "erase.reason.person_requested": "طلب الشخص ذلك",
    "erase.reason.ordered": "بأمر من سلطة مختصة",
    "erase.submit": "المحو نهائيًا",
    "erase.done": "تم محو السجل.",

    "detail.leaflets": "النشرات الإعلامية المسلَّمة",

    "detail.leaflets.none": "لم تُسلَّم أي نشرة إعلامية بعد.",

    "detail.give_leaflet": "تسليم نشرة",

    "leaflet.title": "نشرة إعلامية",

    "leaflet.back": "العودة إلى السجل",

    "leaflet.choose": "النشرة",

    "leaflet.language": "لغة النشرة",

    "leaflet.large_text": "نص كبير",

    "leaflet.status.machine_drafted": "ترجمة آلية لم يراجعها متحدث أصلي بعد",

    "leaflet.status.reviewed": "ترجمة راجعها متحدث أصلي",

    "leaflet.version": "الإصدار {version}",

    "leaflet.legal_basis": "الأساس القانوني",

    "leaflet.record.title": "تسجيل التسليم",

    "leaflet.format": "طريقة التسليم",

    "leaflet.format.screen": "عُرضت على الشاشة",

    "leaflet.format.print": "نسخة مطبوعة",

    "leaflet.format.pdf": "PDF",

    "leaflet.explained_orally": "شُرحت شفهيًا",

    "leaflet.interpreter": "لغة المترجم الشفهي",

    "leaflet.interpreter.none": "دون مترجم شفهي",

    "leaflet.interpreter_used": "عبر مترجم شفهي ({language})",

    "leaflet.ack": "إقرار الشخص بالاستلام",

    "leaflet.ack.none": "لا يوجد",

    "leaflet.ack.verbal": "أكّد شفهيًا",

    "leaflet.ack.signed": "وقّع",

    "leaflet.ack.declined": "رفض الإقرار",

    "leaflet.record": "تسجيل التسليم",

    "leaflet.recorded": "تم التسجيل: «{leaflet}» باللغة {language}.",


    "due.title": "نشرات مستحقة",


    "due.count": "{count, plural, zero {لا نشرات مستحقة} one {نشرة واحدة مستحقة} two {نشرتان مستحقتان} few {# نشرات مستحقة} many {# نشرة مستحقة} other {# نشرة مستحقة}}",


    "due.none": "تسلّم جميع المسجلين هنا النشرات المطلوبة.",


    "due.today": "مستحقة اليوم",


    "due.overdue": "{count, plural, zero {بلا تأخير} one {متأخرة يومًا واحدًا} two {متأخرة يومين} few {متأخرة # أيام} many {متأخرة # يومًا} other {متأخرة # يوم}}",


    "due.more": "{count, plural, zero {} one {وواحدة أخرى} two {واثنتان أخريان} few {و# أخرى} many {و# أخرى} other {و# أخرى}}",


    "settings.deadlines": "النشرات المطلوبة",


    "settings.deadlines.hint": "عدد الأيام بعد التسجيل التي يجب أن يتسلم خلالها كل شخص النشرة (0: عند التسجيل). اتركه فارغًا إن لم تكن مطلوبة.",


    "settings.deadlines.unit": "أيام",


    "settings.deadlines.save": "حفظ المواعيد",


    "settings.deadlines.saved": "حُفظت المواعيد. تتلقاها كل أجهزة هذا الموقع عند مزامنتها التالية.",



    "leaflet.pdf": "حفظ بصيغة PDF",



    "leaflet.pdf.saved": "حُفظ بصيغة PDF: {path}",



    "leaflet.missing_contacts": "بيانات الاتصال الخاصة بهذا الموقع لهذه النشرة غير محددة ({names}). يحددها المشرف في الإعدادات؛ ولا يمكن طباعتها قبل ذلك.",



    "settings.contacts": "جهات الاتصال في النشرات",



    "settings.contacts.hint": "تُطبع في نشرة جهات الاتصال بكل اللغات. اكتب أرقام الهاتف مع رمز البلد.",



    "settings.contacts.save": "حفظ جهات الاتصال",



    "settings.contacts.saved": "حُفظت جهات الاتصال. تتلقاها كل أجهزة هذا الموقع عند مزامنتها التالية.",




    "home.group": "تسجيل مسبق لعائلة",




    "group.title": "تسجيل مسبق لعائلة أو مجموعة",




    "group.intro": "بضعة حقول لكل شخص؛ يُستكمل كل سجل لاحقًا. تُتجاهل الصفوف التي لا اسم فيها.",




    "group.cancel": "إلغاء",




    "group.arrival": "الوصول",




    "group.border_point": "نقطة العبور",




    "group.means": "وسيلة الوصول",




    "group.means.unknown": "غير مسجلة",




    "group.means.land": "برًا",




    "group.means.sea": "بحرًا",




    "group.means.air": "جوًا",




    "group.means.other": "أخرى",




    "group.member": "الشخص {n}",




    "group.given": "الاسم الأول",




    "group.family": "اسم العائلة",




    "group.dob": "العمر أو تاريخ الميلاد",




    "group.dob.hint": "العمر بالسنوات (مثل 34)، أو YYYY أو YYYY-MM أو YYYY-MM-DD",




    "group.relationship": "صلة القرابة",




    "group.add": "إضافة شخص",




    "group.submit": "تسجيل الجميع مسبقًا",




    "group.done": "{count, plural, zero {لم يُسجَّل أحد.} one {سُجّل شخص واحد مسبقًا.} two {سُجّل شخصان مسبقًا.} few {سُجّل # أشخاص مسبقًا.} many {سُجّل # شخصًا مسبقًا.} other {سُجّل # شخص مسبقًا.}}",




    "relationship.focal_point": "رب الأسرة / الشخص المرجعي",




    "relationship.spouse": "الزوج أو الزوجة",




    "relationship.child": "ابن أو ابنة",




    "relationship.parent": "أب أو أم",




    "relationship.sibling": "أخ أو أخت",




    "relationship.grandparent": "جد أو جدة",




    "relationship.grandchild": "حفيد أو حفيدة",




    "relationship.other_relative": "قريب آخر",




    "relationship.not_related": "لا قرابة",





    "filters.title": "{count, plural, =0 {عوامل التصفية} zero {عوامل التصفية} one {عوامل التصفية (واحد مفعّل)} two {عوامل التصفية (اثنان مفعّلان)} few {عوامل التصفية (# مفعّلة)} many {عوامل التصفية (# مفعّلًا)} other {عوامل التصفية (# مفعّل)}}",





    "filters.any": "الكل",





    "filters.age_min": "العمر من",





    "filters.age_max": "العمر إلى",





    "filters.clear": "مسح عوامل التصفية",






    "review.title": "تسجيلات مكررة محتملة",
    "review.count": "{count, plural, zero {لا أزواج للمراجعة} one {زوج واحد للمراجعة} two {زوجان للمراجعة} few {# أزواج للمراجعة} many {# زوجًا للمراجعة} other {# زوج للمراجعة}}",
    "review.none": "لا توجد تسجيلات مكررة محتملة للمراجعة.",
    "review.open": "مراجعة",
    "review.match": "على الأرجح الشخص نفسه",
    "review.probable": "ربما الشخص نفسه",
    "review.disputed": "اختلف المراجعون: قرّر من جديد",
    "review.same": "الشخص نفسه",
    "review.not_same": "ليس الشخص نفسه",
    "review.elsewhere": "مسجَّل في {site}؛ ليس على هذا الجهاز",
    "review.supervisor_only": "لا يقرّر إلا المشرف.",
    "review.back": "رجوع",
    "review.reasons": "ما يتطابق (+) وما لا يتطابق (−)",
    "reason.document": "رقم الوثيقة",
    "reason.relative": "اسم أحد الأقارب",
    "reason.order": "الأسماء بترتيب آخر",
    "detail.linked": "سجلات مرتبطة",
    "link.same_person": "الشخص نفسه",
    "link.not_same_person": "ليس الشخص نفسه",
    "link.in_conflict": "المراجعون مختلفون",
    "link.elsewhere": "سجل لدى موقع آخر",
    "detail.redirected": "فتحت {case}. إنه الشخص نفسه في هذا السجل المسجَّل أولًا.",
    "history.identity_link_decided": "قرار بشأن التكرار",
    "review.card_title": "للمراجعة",
    "review.conflicts_title": "تعديلات متعارضة",
    "review.conflicts": "{count, plural, zero {لا سجلات بتعديلات متعارضة} one {سجل واحد بتعديلات متعارضة} two {سجلان بتعديلات متعارضة} few {# سجلات بتعديلات متعارضة} many {# سجلًا بتعديلات متعارضة} other {# سجل بتعديلات متعارضة}}",
    "export.title": "سجل التسليم",
    "export.hint": "كل نشرة سُلّمت للأشخاص على هذا الجهاز، في ملف CSV: أرقام الملفات دون أسماء.",
    "export.button": "تصدير بصيغة CSV",
    "export.done": "حُفظ:",
    "settings.lock_after": "القفل بعد عدم الاستخدام",
    "settings.lock_after.seconds": "{count, plural, zero {# ثانية} one {ثانية واحدة} two {ثانيتان} few {# ثوانٍ} many {# ثانية} other {# ثانية}}",
    "settings.lock_after.minutes": "{count, plural, zero {# دقيقة} one {دقيقة واحدة} two {دقيقتان} few {# دقائق} many {# دقيقة} other {# دقيقة}}",
    "unlock.auto_locked": "قُفل الجهاز لعدم استخدامه. افتح القفل للمتابعة.",
    "officers.title": "الموظفون على هذا الجهاز",
    "officers.officer": "موظف",
    "officers.supervisor": "مشرف",
    "officers.role": "الدور",
    "officers.add": "إضافة موظف",
    "officers.added": "يمكن لـ{name} الآن فتح قفل هذا الجهاز بعبارة المرور الخاصة به.",
    "arrivals.title": "الوافدون",
    "arrivals.today": "اليوم في الموقع {site}: {people}",
    "arrivals.chart": "التسجيلات في اليوم، آخر {days} يومًا",
    "arrivals.bar": "{day}: {people}",
    "arrivals.other": "أخرى أو غير معروفة",
    "arrivals.show_today": "عرض تسجيلات اليوم",
    "arrivals.none": "لم يُسجَّل أحد في هذا الموقع في هذه الأيام.",
    "filters.registered_from": "مسجَّل من",
    "filters.registered_to": "مسجَّل حتى",
    "filters.site": "الموقع",
    "filters.this_site": "هذا الموقع ({site})",
    "home.no_match": "لا أحد يطابق البحث أو عوامل التصفية.",
    "handover.text_given": "النص المُسلَّم",
    "handover.text_missing": "هذه النسخة من النص غير موجودة على هذا الجهاز.",
    "detail.needs": "الاحتياجات الخاصة",
    "detail.needs_withheld": "التفاصيل محفوظة لأجهزة المشرفين. الملاحظة المضافة هنا تُرسل إليهم.",
    "need.CR": "طفل معرض للخطر",
    "need.SC": "طفل غير مصحوب أو منفصل عن ذويه",
    "need.WR": "امرأة معرضة للخطر",
    "need.ER": "شخص مسن معرض للخطر",
    "need.SP": "والد وحيد أو مقدم رعاية",
    "need.DS": "إعاقة",
    "need.SM": "حالة طبية خطيرة",
    "need.FU": "وحدة الأسرة",
    "need.LP": "احتياجات خاصة للحماية القانونية والجسدية",
    "need.TR": "تعذيب",
    "need.SV": "عنف جنسي وقائم على النوع الاجتماعي",
    "register.unaccompanied": "طفل يسافر دون أحد الوالدين أو وصي قانوني",
    "register.need_note": "التفاصيل (اختياري)",
    "register.needs.hint": "اختر ما ينطبق. تُرسل التفاصيل إلى أجهزة المشرفين فقط.",
    "edit.title": "تعديل السجل",
    "edit.submit": "حفظ التغييرات",
    "detail.edit": "تعديل",
    "register.place_of_birth": "مكان الولادة",
    "register.arrival_at": "الوصول (التاريخ والوقت)",
    "register.documents": "وثائق الهوية",
    "register.rows.hint": "املأ السطر الفارغ لإضافة وثيقة؛ امسح رقمًا أو اسمًا لحذفه.",
    "register.doc.kind": "النوع",
    "register.doc.number": "الرقم",
    "register.doc.country": "بلد الإصدار",
    "register.doc.expiry": "صالحة حتى",
    "doc.kind.passport": "جواز سفر",
    "doc.kind.national_id": "بطاقة هوية وطنية",
    "doc.kind.birth_certificate": "شهادة ميلاد",
    "doc.kind.residence_permit": "تصريح إقامة أو تأشيرة",
    "doc.kind.refugee_document": "وثيقة سفر للاجئين",
    "doc.kind.other": "وثيقة أخرى",
    "register.family_in_eu": "أفراد الأسرة في الاتحاد الأوروبي",
    "register.fam.name": "الاسم",
    "register.fam.relationship": "صلة القرابة",
    "register.fam.country": "البلد",
    "register.fam.contact": "وسيلة الاتصال (هاتف أو عنوان)",
    "register.country.none": "غير مسجل",
    "history.registered": "تسجيل",
    "history.pre_registered": "تسجيل مبدئي",
    "history.field_changed": "تعديل",
    "history.consent_changed": "تغيير الموافقة",
    "history.status_changed": "تغيير الحالة",
    "history.conflict_resolved": "حل تعارض",
    "history.group_changed": "تغيير المجموعة",
    "history.leaflet_handed_over": "تسليم نشرة",
    "history.other": "تغيير آخر",

    "settings.title": "الإعدادات",
    "settings.site": "الموقع",
    "settings.device": "رمز الجهاز",
    "settings.retention": "الاحتفاظ بالسجلات المُزامَنة على هذا الجهاز لمدة (أيام)",
    "settings.retention.hint": "تُزال السجلات الموجودة على الخادم من هذا الجهاز بعد هذا العدد من الأيام دون تغيير. أما السجلات غير المُزامَنة بعد فتبقى دائمًا.",
    "settings.retention.save": "حفظ",
    "settings.retention.saved": "تم الحفظ.",

    "sync.title": "المزامنة",
    "sync.server": "الخادم",
    "sync.fingerprint": "شهادة الخادم (يُظهر سجل الخادم الشهادة نفسها)",
    "sync.not_enrolled": "هذا الجهاز غير مسجَّل لدى خادم مزامنة. تبقى السجلات على هذا الجهاز إلى أن يُسجَّل.",
    "sync.enrol.title": "تسجيل هذا الجهاز",
    "sync.enrol.server_url": "عنوان الخادم",
    "sync.enrol.server_url.hint": "كما يزوّدك به مشرفك، مثل https://sync.example.org",
    "sync.enrol.code": "رمز التسجيل لمرة واحدة",
    "sync.enrol.code.hint": "كل رمز صالح لمرة واحدة. إن انتهت صلاحيته فاطلب رمزًا جديدًا من مشرفك.",
    "sync.enrol.submit": "تسجيل هذا الجهاز",
    "sync.enrol.working": "جارٍ التسجيل…",
    "sync.enrol.done": "سُجِّل هذا الجهاز. زامِن الآن لإرسال سجلاته.",
    "sync.enrol.invalid_url": "اكتب العنوان الكامل للخادم، مثل https://sync.example.org. لا يُقبل http:// العادي إلا لخادم على هذا الحاسوب (127.0.0.1).",
    "sync.waiting": "{count, plural, =0 {لا توجد سجلات بانتظار المزامنة} zero {لا توجد سجلات بانتظار المزامنة} one {سجل واحد بانتظار المزامنة} two {سجلان بانتظار المزامنة} few {# سجلات بانتظار المزامنة} many {# سجلًا بانتظار المزامنة} other {# سجل بانتظار المزامنة}}",
    "sync.last": "آخر مزامنة",
    "sync.last.never": "لم تتم بعد",
    "sync.now": "مزامنة الآن",
    "sync.cancel": "إيقاف المزامنة",
    "sync.cancelling": "جارٍ الإيقاف…",
    "sync.progress": "تقدّم المزامنة",
    "sync.phase.connecting": "جارٍ الاتصال بالخادم…",
    "sync.phase.comparing": "جارٍ مقارنة السجلات مع الخادم…",
    "sync.phase.pushing": "جارٍ إرسال السجلات…",
    "sync.phase.pulling": "جارٍ استلام السجلات…",
    "sync.phase.done": "جارٍ الإنهاء…",
    "sync.progress.sent": "أُرسل: {pushed} من {total}",
    "sync.progress.received": "استُلم: {pulled}",
    "sync.progress.bytes": "البيانات: {up} مُرسلة، {down} مُستلمة",
    "sync.result": "اكتملت المزامنة: {pushed, plural, =0 {لم يُرسَل شيء} zero {لم يُرسَل شيء} one {أُرسل سجل واحد} two {أُرسل سجلان} few {أُرسلت # سجلات} many {أُرسل # سجلًا} other {أُرسل # سجل}}، {pulled, plural, =0 {لم يُستلَم شيء} zero {لم يُستلَم شيء} one {استُلم سجل واحد} two {استُلم سجلان} few {استُلمت # سجلات} many {استُلم # سجلًا} other {استُلم # سجل}}.",
    "sync.result.repaired": "قارنت هذه المزامنة أيضًا كل سجل على هذا الجهاز بنسخته على الخادم.",
  },
  errors: {
    not_set_up: "لم يُعَدّ هذا الجهاز بعد.",
    already_set_up: "هذا الجهاز مُعَدّ مسبقًا. افتح قفله بدلًا من ذلك.",
    locked: "الجهاز مقفل. افتح القفل للمتابعة.",
    wrong_credentials: "اسم المستخدم أو عبارة المرور غير صحيحة. حاول مرة أخرى.",
    too_many_attempts: "أُدخلت عبارة مرور خاطئة مرات كثيرة. انتظر {seconds, plural, zero {# ثانية} one {ثانية واحدة} two {ثانيتين} few {# ثوانٍ} many {# ثانية} other {# ثانية}} ثم حاول مرة أخرى.",
    validation: "بعض الحقول تحتاج إلى تصحيح. انظر الرسائل بجانبها.",
    not_found: "لم يُعثر على هذا السجل على هذا الجهاز.",
    record_damaged: "هذا السجل تالف وقد وُضع جانبًا. أبلغ مشرفك.",
    forbidden: "دورك لا يسمح بهذا الإجراء.",
    username_taken: "اسم المستخدم هذا مستخدَم بالفعل. اختر اسمًا آخر.",
    storage: "تعذّر على الجهاز حفظ البيانات أو قراءتها. حاول مرة أخرى، وإن تكرر ذلك فأبلغ مشرفك.",
    needs_newer_app: "هذه البيانات صادرة عن إصدار أحدث من Waypoint. حدِّث التطبيق.",
    no_conflict: "سبق حل هذا التعارض.",
    internal: "حدث خطأ داخلي في التطبيق. حاول مرة أخرى أو أعد تشغيله.",
    not_enrolled: "هذا الجهاز غير متصل بخادم مزامنة بعد.",
    network: "تعذّر الوصول إلى خادم المزامنة. عملك محفوظ على هذا الجهاز؛ حاول لاحقًا.",
    server_refused: "رفض خادم المزامنة الطلب. تحقق من عنوان الخادم والرمز، أو أبلغ مشرفك.",
    device_revoked: "ألغى أحد المسؤولين تفويض هذا الجهاز، وحُذفت بياناته منه.",
    enrolment_code_invalid: "رمز التسجيل غير معروف أو مستخدم من قبل أو منتهي الصلاحية. اطلب رمزًا جديدًا من المسؤول.",
    site_mismatch: "رمز التسجيل هذا مخصص لموقع غير موقع هذا الجهاز. اطلب رمزًا لموقع هذا الجهاز؛ ولا يزال هذا الرمز صالحًا لموقعه.",
    cancelled: "توقفت المزامنة. ما أُرسل محفوظ بأمان، والباقي يُرسَل في المزامنة التالية.",
  },
  validation: {
    name_required: "أدخل الاسم الأول أو اسم العائلة.",
    name_empty: "اكتب الاسم بكتابته الأصلية، أو امسح هذا السطر.",
    name_too_long: "هذا الاسم طويل جدًا.",
    latin_form_not_latin: "استخدم الحروف اللاتينية (A–Z، بما فيها الحروف ذات العلامات) للصيغة اللاتينية.",
    date_of_birth_invalid: "اكتب التاريخ بالصيغة YYYY-MM-DD أو YYYY-MM أو YYYY، أو اكتب العمر بالسنوات.",
    date_of_birth_in_future: "تاريخ الميلاد لاحق لتاريخ اليوم.",
    age_out_of_range: "يجب أن يكون العمر بين 0 و130 سنة.",
    country_unknown: "اختر بلدًا من القائمة.",
    nationality_unknown: "اختر جنسية من القائمة.",
    language_unknown: "اختر لغة من القائمة.",
    document_number_empty: "أدخل رقم الوثيقة.",
    date_invalid: "اكتب التاريخ بالصيغة YYYY-MM-DD.",
    phone_invalid: "لا يجوز أن يحتوي رقم الهاتف إلا على أرقام ومسافات والرموز + - ( ) .",
    arrival_time_invalid: "وقت الوصول غير صالح أو في المستقبل.",
    specific_need_unknown: "احتياج خاص غير معروف.",
    specific_need_duplicate: "هذا الاحتياج الخاص محدَّد مرتين.",
    unaccompanied_minor_without_sc: "يجب تحديد الاحتياج الخاص «طفل غير مصحوب أو منفصل عن ذويه» للطفل غير المصحوب.",
    consent_missing: "سجّل ما إذا كان الشخص يوافق على التسجيل (مُنحت الموافقة أو رُفضت).",
    consent_duplicate: "هذه الموافقة مسجَّلة مرتين.",
    text_too_long: "هذا النص طويل جدًا.",
    family_member_name_empty: "أدخل اسم فرد الأسرة.",
    photo_invalid: "يجب أن تكون الصورة ملف JPEG صغيرًا.",
    group_empty: "أضف فردًا واحدًا على الأقل.",
    focal_point_invalid: "اختر الشخص المرجعي للمجموعة.",
    item_id_invalid: "هذا الإدخال تالف؛ أعد تحميل السجل.",
    leaflet_unknown: "لا يمكن تسليم هذه النشرة في هذا الموقع؛ اختر نشرة من القائمة.",
    leaflet_version_unknown: "تغيّر نص هذه النشرة على هذا الجهاز؛ افتحها من جديد وسلّم النص المعروض.",
    leaflet_language_unknown: "هذه اللغة غير موجودة في فهرس النشرات؛ اختر لغة من القائمة.",
    interpreter_language_invalid: "لغة المترجم ليست رمز لغة معروفًا.",
  },
  languageNames: { kmr: "الكردية (الكرمانجية)", ckb: "الكردية (السورانية)" },
};

export default ar;
