// Azərbaycanca (Latin script). Drafted by the development team; to be reviewed by an
// Azerbaijani-speaking official (State Border Service / State Migration Service terminology).

import type { Catalogue } from "../types";

const az: Catalogue = {
  locale: "az-Latn",
  name: "Azərbaycanca",
  dir: "ltr",
  review: "draft",
  messages: {
    "app.name": "Waypoint",
    "app.loading": "Açılır…",

    "language.label": "Dil",
    "language.hint": "Yalnız bu cihazda tətbiqin dilini və düzülüşünü dəyişir. Qeydlər tərcümə olunmur.",

    "setup.title": "Bu cihazın quraşdırılması",
    "setup.intro": "İlk istifadə: məntəqə kodunu və ilk əməkdaş hesabını yaradın. Bu əməkdaş cihazın rəhbəri olur.",
    "setup.site_code": "Məntəqə kodu",
    "setup.site_code.hint": "2–6 hərf və ya rəqəm, məsələn, LSV",
    "setup.username": "İstifadəçi adı",
    "setup.username.hint": "2–32 hərf, rəqəm, nöqtə, defis və ya alt xətt",
    "setup.display_name": "Göstərilən ad",
    "setup.passphrase": "Parol ifadəsi",
    "setup.passphrase.hint": "Ən azı 10 simvol. Onu bərpa etmək mümkün deyil: etibarlı yerdə saxlayın.",
    "setup.passphrase2": "Parol ifadəsini təkrarlayın",
    "setup.passphrase_mismatch": "İki parol ifadəsi fərqlidir. Eyni ifadəni iki dəfə yazın.",
    "setup.submit": "Cihazı quraşdır",

    "unlock.title": "Waypoint kilidini açın",
    "unlock.officer": "Əməkdaş",
    "unlock.passphrase": "Parol ifadəsi",
    "unlock.submit": "Kilidi aç",
    "unlock.working": "Yoxlanılır…",

    "home.title": "Qeydiyyata alınmış şəxslər",
    "home.signed_in": "{name} · məntəqə {site}",
    "home.lock": "Kilidlə",
    "home.register": "Şəxsi qeydiyyata al",
    "home.empty": "Bu cihazda hələ heç kim qeydiyyata alınmayıb.",
    "home.count": "{count, plural, one {# nəfər} other {# nəfər}}",
    "home.count_at_least": "{count, plural, one {ən azı # nəfər} other {ən azı # nəfər}}",
    "home.search": "Ad və ya iş nömrəsi üzrə axtarış",
    "home.search.submit": "Axtar",
    "home.search.placeholder": "Ad və ya iş nömrəsi",

    "list.case_number": "İş nömrəsi",
    "list.name": "Ad",
    "list.original_name": "Ad (orijinal yazı)",
    "list.nationality": "Vətəndaşlıq",
    "list.born": "Doğum ili",
    "list.status": "Status",

    "register.title": "Şəxsin qeydiyyatı",
    "register.names": "Ad",
    "register.original": "{part} (orijinal yazı)",
    "register.latin": "{part} (latın hərfləri ilə)",
    "register.sex": "Cins",
    "register.dob": "Doğum tarixi",
    "register.dob.precision": "Doğum tarixi nə dərəcədə dəqiqdir?",
    "register.dob.value": "Doğum tarixi",
    "register.dob.hint.exact": "İİİİ-AA-GG, məsələn, 1994-03-21",
    "register.dob.hint.year_month": "İİİİ-AA, məsələn, 1994-03",
    "register.dob.hint.year": "İİİİ, məsələn, 1994",
    "register.dob.hint.estimated_age": "Yaş (il ilə), məsələn, 30",
    "register.dob.age": "Təxmini yaş",
    "register.nationality": "Vətəndaşlıq",
    "register.nationality.none": "Hələ məlum deyil",
    "register.languages": "Danışdığı dillər",
    "register.preferred_language": "Məlumat üçün üstünlük verdiyi dil",
    "register.preferred_language.none": "Göstərilməyib",
    "register.phone": "Telefon",
    "register.protection": "Beynəlxalq müdafiə üçün müraciət edir",
    "register.protection.yes": "Bəli",
    "register.likely.title": "{count, plural, one {Buna oxşar bir nəfər artıq qeydiyyatdadır} other {Buna oxşar # nəfər artıq qeydiyyatdadır}}",
    "register.likely.match": "eyni şəxsdir?",
    "register.likely.probable": "yoxlamağa dəyər",
    "register.likely.hint": "Müqayisə üçün qeydi açın. Yeni şəxsdirsə, yenidən Yadda saxla düyməsini basın.",
    "register.protection.no": "Xeyr",
    "register.protection.unknown": "Hələ soruşulmayıb",
    "register.consent": "Qeydiyyata razılıq",
    "register.consent.given": "Verilib",
    "register.consent.refused": "İmtina edilib",
    "register.consent.hint": "İmtina şəxs üçün heç bir mənfi nəticə doğurmur.",
    "register.submit": "Qeydiyyatı saxla",
    "register.cancel": "Ləğv et",
    "register.saving": "Saxlanılır…",
    "register.saved": "Qeydiyyat saxlanıldı: {case}.",
    "register.other_errors": "Bunları da yoxlayın:",

    "name.given": "Ad",
    "name.father": "Atasının adı",
    "name.grandfather": "Babasının adı",
    "name.family": "Soyad",
    "name.other": "Digər ad",

    "dob.exact": "Dəqiq tarix",
    "dob.year_month": "İl və ay",
    "dob.year": "Yalnız il",
    "dob.estimated_age": "Təxmini yaş",
    "dob.unknown": "Naməlum",
    "dob.estimated_on": "{date} tarixinə təxminən {age} yaş",

    "sex.female": "Qadın",
    "sex.male": "Kişi",
    "sex.other": "Digər",
    "sex.unknown": "Naməlum",

    "status.pre_registered": "İlkin qeydiyyatda",
    "status.registered": "Qeydiyyatda",
    "status.referred": "Yönləndirilib",
    "status.transferred": "Köçürülüb",
    "status.closed": "Bağlanıb",

    "nationality.XXA": "Vətəndaşlığı olmayan şəxs",
    "nationality.XXX": "Vətəndaşlığı məlum deyil",

    "detail.back": "Siyahıya qayıt",
    "detail.title": "Şəxsin kartı",
    "detail.case_number": "İş nömrəsi",
    "detail.names": "Adlar",
    "detail.sex": "Cins",
    "detail.dob": "Doğum tarixi",
    "detail.nationality": "Vətəndaşlıq",
    "detail.languages": "Dillər",
    "detail.preferred_language": "Üstünlük verdiyi dil",
    "detail.phone": "Telefon",
    "detail.protection": "Müdafiə üçün müraciət edir",
    "detail.consent": "Qeydiyyata razılıq",
    "detail.status": "Status",
    "detail.registered_at": "Qeydiyyat tarixi",
    "detail.history": "Tarixçə",
    "detail.conflicts": "{count, plural, one {# sahə iki cihazda dəyişdirilib və yoxlanılmalıdır.} other {# sahə iki cihazda dəyişdirilib və yoxlanılmalıdır.}}",
    "detail.none": "—",
    "conflict.keep": "Bunu saxlayın",
    "conflict.device": "{device} cihazında",
    "conflict.supervisor_only": "Hansı dəyərin saxlanacağını nəzarətçi seçir.",
    "erase.title": "Bu qeydi silin",
    "erase.explain": "Bunu yalnız nəzarətçi edə bilər. Qeyd bu cihazdan, serverdən və sinxronlaşan bütün cihazlardan silinir. Geri qaytarmaq olmaz.",
    "erase.reason": "Səbəb",
    "erase.reason.entered_in_error": "Səhvən daxil edilib",
    "erase.reason.duplicate": "Başqa qeydin təkrarı",
    "erase.reason.person_requested": "Şəxs özü xahiş edib",
    "erase.reason.ordered": "Səlahiyyətli orqanın göstərişi ilə",
    "erase.submit": "Həmişəlik silin",
    "erase.done": "Qeyd silindi.",

    "detail.leaflets": "Verilmiş məlumat vərəqələri",

    "detail.leaflets.none": "Hələ heç bir məlumat vərəqəsi verilməyib.",

    "detail.give_leaflet": "Vərəqə ver",

    "leaflet.title": "Məlumat vərəqəsi",

    "leaflet.back": "Qeydə qayıt",

    "leaflet.choose": "Vərəqə",

    "leaflet.language": "Vərəqənin dili",

    "leaflet.large_text": "Böyük mətn",

    "leaflet.status.machine_drafted": "Maşın tərcüməsi, hələ ana dili daşıyıcısı tərəfindən yoxlanılmayıb",

    "leaflet.status.reviewed": "Ana dili daşıyıcısı tərəfindən yoxlanılmış tərcümə",

    "leaflet.version": "versiya {version}",

    "leaflet.legal_basis": "Hüquqi əsas",

    "leaflet.record.title": "Verilməni qeydə al",

    "leaflet.format": "Necə verildi",

    "leaflet.format.screen": "Ekranda göstərildi",

    "leaflet.format.print": "Çap olunmuş nüsxə",

    "leaflet.format.pdf": "PDF",

    "leaflet.explained_orally": "Şifahi izah edildi",

    "leaflet.interpreter": "Tərcüməçinin dili",

    "leaflet.interpreter.none": "Tərcüməçisiz",

    "leaflet.interpreter_used": "tərcüməçi vasitəsilə ({language})",

    "leaflet.ack": "Şəxsin təsdiqi",

    "leaflet.ack.none": "Yoxdur",

    "leaflet.ack.verbal": "Şifahi təsdiqlədi",

    "leaflet.ack.signed": "İmzaladı",

    "leaflet.ack.declined": "Təsdiqləməkdən imtina etdi",

    "leaflet.record": "Verilməni qeydə al",

    "leaflet.recorded": "Qeydə alındı: “{leaflet}”, dil: {language}.",


    "due.title": "Verilməli vərəqələr",


    "due.count": "{count, plural, one {# vərəqə verilməlidir} other {# vərəqə verilməlidir}}",


    "due.none": "Burada qeydiyyatdan keçən hər kəs tələb olunan vərəqələri alıb.",


    "due.today": "bu gün verilməlidir",


    "due.overdue": "{count, plural, one {# gün gecikib} other {# gün gecikib}}",


    "due.more": "{count, plural, one {və daha #} other {və daha #}}",


    "settings.deadlines": "Tələb olunan vərəqələr",


    "settings.deadlines.hint": "Qeydiyyatdan sonra hər şəxsin vərəqəni alması üçün günlərin sayı (0: qeydiyyat zamanı). Tələb olunmursa, boş saxlayın.",


    "settings.deadlines.unit": "gün",


    "settings.deadlines.save": "Müddətləri saxla",


    "settings.deadlines.saved": "Müddətlər saxlanıldı. Bu məntəqənin bütün cihazları onları növbəti sinxronizasiyada alacaq.",



    "leaflet.pdf": "PDF kimi saxla",



    "leaflet.pdf.saved": "PDF kimi saxlanıldı: {path}",



    "leaflet.missing_contacts": "Bu məntəqənin bu vərəqə üçün əlaqə məlumatları təyin edilməyib ({names}). Nəzarətçi onları Parametrlərdə təyin edir; o vaxta qədər çap etmək olmur.",



    "settings.contacts": "Vərəqələrdəki əlaqələr",



    "settings.contacts.hint": "Əlaqələr vərəqəsində bütün dillərdə çap olunur. Telefon nömrələrini ölkə kodu ilə yazın.",



    "settings.contacts.save": "Əlaqələri saxla",



    "settings.contacts.saved": "Əlaqələr saxlanıldı. Bu məntəqənin bütün cihazları onları növbəti sinxronizasiyada alacaq.",




    "home.group": "Ailəni ilkin qeydiyyata al",




    "group.title": "Ailəni və ya qrupu ilkin qeydiyyata al",




    "group.intro": "Hər şəxs üçün bir neçə sahə; hər qeyd sonra tamamlanır. Adı olmayan sətirlər nəzərə alınmır.",




    "group.cancel": "Ləğv et",




    "group.arrival": "Gəliş",




    "group.border_point": "Keçid məntəqəsi",




    "group.means": "Gəliş vasitəsi",




    "group.means.unknown": "Qeyd olunmayıb",




    "group.means.land": "Quru",




    "group.means.sea": "Dəniz",




    "group.means.air": "Hava",




    "group.means.other": "Digər",




    "group.member": "Şəxs {n}",




    "group.given": "Ad",




    "group.family": "Soyad",




    "group.dob": "Yaş və ya doğum tarixi",




    "group.dob.hint": "Yaş (məs. 34), və ya İİİİ, İİİİ-AA, İİİİ-AA-GG",




    "group.relationship": "Qohumluq",




    "group.add": "Şəxs əlavə et",




    "group.submit": "Hamısını ilkin qeydiyyata al",




    "group.done": "{count, plural, one {# şəxs ilkin qeydiyyata alındı.} other {# şəxs ilkin qeydiyyata alındı.}}",




    "relationship.focal_point": "Ailə başçısı / əlaqə şəxsi",




    "relationship.spouse": "Həyat yoldaşı",




    "relationship.child": "Uşaq",




    "relationship.parent": "Valideyn",




    "relationship.sibling": "Qardaş və ya bacı",




    "relationship.grandparent": "Baba və ya nənə",




    "relationship.grandchild": "Nəvə",




    "relationship.other_relative": "Digər qohum",




    "relationship.not_related": "Qohum deyil",





    "filters.title": "{count, plural, =0 {Filtrlər} one {Filtrlər (# aktiv)} other {Filtrlər (# aktiv)}}",





    "filters.any": "İstənilən",





    "filters.age_min": "Yaş, -dan",





    "filters.age_max": "Yaş, -dək",





    "filters.clear": "Filtrləri təmizlə",






    "review.title": "Mümkün təkrarlar",
    "review.count": "{count, plural, one {Yoxlanılacaq # cüt} other {Yoxlanılacaq # cüt}}",
    "review.none": "Yoxlanılacaq mümkün təkrar yoxdur.",
    "review.open": "Yoxla",
    "review.match": "Çox güman ki, eyni şəxsdir",
    "review.probable": "Ola bilər ki, eyni şəxsdir",
    "review.disputed": "Yoxlayanlar razılaşmadı: yenidən qərar verin",
    "review.same": "Eyni şəxs",
    "review.not_same": "Eyni şəxs deyil",
    "review.elsewhere": "{site} məntəqəsində qeydə alınıb; bu cihazda yoxdur",
    "review.supervisor_only": "Yalnız nəzarətçi qərar verə bilər.",
    "review.back": "Geri",
    "review.reasons": "Uyğun gələn (+) və gəlməyən (−)",
    "reason.document": "Sənəd nömrəsi",
    "reason.relative": "Qohumun adı",
    "reason.order": "Adlar başqa sırada",
    "detail.linked": "Əlaqəli qeydlər",
    "link.same_person": "Eyni şəxs",
    "link.not_same_person": "Eyni şəxs deyil",
    "link.in_conflict": "yoxlayanlar razı deyil",
    "link.elsewhere": "Başqa məntəqədəki qeyd",
    "detail.redirected": "Siz {case} qeydini açdınız. Bu, əvvəl qeydə alınmış bu qeyddəki eyni şəxsdir.",
    "history.identity_link_decided": "Təkrar barədə qərar",
    "review.card_title": "Yoxlanılacaq",
    "review.conflicts_title": "Ziddiyyətli dəyişikliklər",
    "review.conflicts": "{count, plural, one {Ziddiyyətli dəyişiklikləri olan # qeyd} other {Ziddiyyətli dəyişiklikləri olan # qeyd}}",
    "export.title": "Təhvil qeydləri",
    "export.hint": "Bu cihazdakı şəxslərə verilmiş hər vərəqə CSV faylında: iş nömrələri, adsız.",
    "export.button": "CSV kimi ixrac et",
    "export.done": "Saxlanıldı:",
    "settings.lock_after": "Fəaliyyətsizlikdən sonra kilidlə",
    "settings.lock_after.seconds": "{count, plural, one {# saniyə} other {# saniyə}}",
    "settings.lock_after.minutes": "{count, plural, one {# dəqiqə} other {# dəqiqə}}",
    "unlock.auto_locked": "Cihaz istifadə olunmadığı üçün kilidləndi. Davam etmək üçün kilidi açın.",
    "officers.title": "Bu cihazdakı əməkdaşlar",
    "officers.officer": "Əməkdaş",
    "officers.supervisor": "Nəzarətçi",
    "officers.role": "Rol",
    "officers.add": "Əməkdaş əlavə et",
    "officers.added": "{name} artıq bu cihazı öz parolu ilə aça bilər.",
    "arrivals.title": "Gələnlər",
    "arrivals.today": "Bu gün {site} məntəqəsində: {people}",
    "arrivals.chart": "Gün üzrə qeydiyyatlar, son {days} gün",
    "arrivals.bar": "{day}: {people}",
    "arrivals.other": "Digər və ya naməlum",
    "arrivals.show_today": "Bu günkülərə bax",
    "arrivals.none": "Bu günlərdə bu məntəqədə heç kim qeydiyyatdan keçməyib.",
    "filters.registered_from": "Qeydiyyat tarixi (başlanğıc)",
    "filters.registered_to": "Qeydiyyat tarixi (son)",
    "filters.site": "Məntəqə",
    "filters.this_site": "Bu məntəqə ({site})",
    "home.no_match": "Axtarışa və ya filtrlərə uyğun kimsə yoxdur.",
    "handover.text_given": "Verilmiş mətn",
    "handover.text_missing": "Mətnin bu versiyası bu cihazda yoxdur.",
    "detail.needs": "Xüsusi ehtiyaclar",
    "detail.needs_withheld": "Təfərrüatlar nəzarətçilərin cihazları üçün saxlanılır. Burada əlavə edilən qeyd onlara göndərilir.",
    "need.CR": "Risk altında olan uşaq",
    "need.SC": "Müşayiətsiz və ya ailədən ayrı düşmüş uşaq",
    "need.WR": "Risk altında olan qadın",
    "need.ER": "Risk altında olan yaşlı şəxs",
    "need.SP": "Tək valideyn və ya qəyyum",
    "need.DS": "Əlillik",
    "need.SM": "Ağır tibbi vəziyyət",
    "need.FU": "Ailə birliyi",
    "need.LP": "Xüsusi hüquqi və fiziki müdafiə ehtiyacları",
    "need.TR": "İşgəncə",
    "need.SV": "Cinsi və gender əsaslı zorakılıq",
    "register.unaccompanied": "Valideyni və ya qanuni nümayəndəsi olmadan səfər edən uşaq",
    "register.need_note": "Təfərrüatlar (istəyə görə)",
    "register.needs.hint": "Uyğun olanları seçin. Təfərrüatlar yalnız nəzarətçilərin cihazlarına göndərilir.",
    "edit.title": "Qeydi redaktə et",
    "edit.submit": "Dəyişiklikləri saxla",
    "detail.edit": "Redaktə et",
    "register.place_of_birth": "Doğulduğu yer",
    "register.arrival_at": "Gəliş (tarix və vaxt)",
    "register.documents": "Şəxsiyyət sənədləri",
    "register.rows.hint": "Əlavə etmək üçün boş sətri doldurun; silmək üçün nömrəni və ya adı təmizləyin.",
    "register.doc.kind": "Növ",
    "register.doc.number": "Nömrə",
    "register.doc.country": "Verən ölkə",
    "register.doc.expiry": "Etibarlıdır",
    "doc.kind.passport": "Pasport",
    "doc.kind.national_id": "Şəxsiyyət vəsiqəsi",
    "doc.kind.birth_certificate": "Doğum haqqında şəhadətnamə",
    "doc.kind.residence_permit": "Yaşayış icazəsi və ya viza",
    "doc.kind.refugee_document": "Qaçqın səyahət sənədi",
    "doc.kind.other": "Digər sənəd",
    "register.family_in_eu": "Aİ-də olan ailə üzvləri",
    "register.fam.name": "Ad",
    "register.fam.relationship": "Qohumluq",
    "register.fam.country": "Ölkə",
    "register.fam.contact": "Əlaqə (telefon və ya ünvan)",
    "register.country.none": "Qeyd edilməyib",
    "history.registered": "Qeydiyyat",
    "history.pre_registered": "İlkin qeydiyyat",
    "history.field_changed": "Dəyişiklik",
    "history.consent_changed": "Razılıq dəyişdirildi",
    "history.status_changed": "Status dəyişdirildi",
    "history.conflict_resolved": "Ziddiyyət həll edildi",
    "history.group_changed": "Qrup dəyişdirildi",
    "history.leaflet_handed_over": "Məlumat vərəqəsi verildi",
    "history.other": "Digər dəyişiklik",

    "settings.title": "Parametrlər",
    "settings.site": "Məntəqə",
    "settings.device": "Cihaz kodu",
    "settings.retention": "Sinxronlaşdırılmış qeydləri bu cihazda saxlama müddəti (gün)",
    "settings.retention.hint": "Serverdə olan qeydlər dəyişiklik olmadan bu qədər gün keçdikdən sonra bu cihazdan silinir. Hələ sinxronlaşdırılmamış qeydlər həmişə saxlanılır.",
    "settings.retention.save": "Yadda saxlayın",
    "settings.retention.saved": "Yadda saxlanıldı.",

    "sync.title": "Sinxronizasiya",
    "sync.server": "Server",
    "sync.fingerprint": "Server sertifikatı (serverin jurnalında eynisi göstərilir)",
    "sync.not_enrolled": "Bu cihaz sinxronizasiya serverində qeydiyyatdan keçməyib. O vaxta qədər qeydlər yalnız bu cihazda qalır.",
    "sync.enrol.title": "Cihazın qeydiyyatı",
    "sync.enrol.server_url": "Serverin ünvanı",
    "sync.enrol.server_url.hint": "Rəhbərinizin verdiyi ünvan, məsələn, https://sync.example.org",
    "sync.enrol.code": "Birdəfəlik qeydiyyat kodu",
    "sync.enrol.code.hint": "Hər kod yalnız bir dəfə işləyir. Müddəti bitibsə, rəhbərinizdən yenisini istəyin.",
    "sync.enrol.submit": "Cihazı qeydiyyatdan keçir",
    "sync.enrol.working": "Qeydiyyatdan keçirilir…",
    "sync.enrol.done": "Cihaz qeydiyyatdan keçdi. Qeydlərini göndərmək üçün indi sinxronlaşdırın.",
    "sync.enrol.invalid_url": "Serverin tam ünvanını yazın, məsələn, https://sync.example.org. Sadə http:// yalnız bu kompüterdəki server üçün qəbul edilir (127.0.0.1).",
    "sync.waiting": "{count, plural, =0 {Sinxronizasiya gözləyən qeyd yoxdur} one {# qeyd sinxronizasiya gözləyir} other {# qeyd sinxronizasiya gözləyir}}",
    "sync.last": "Son sinxronizasiya",
    "sync.last.never": "Heç vaxt",
    "sync.now": "İndi sinxronlaşdır",
    "sync.cancel": "Sinxronizasiyanı dayandır",
    "sync.cancelling": "Dayandırılır…",
    "sync.progress": "Sinxronizasiyanın gedişi",
    "sync.phase.connecting": "Serverə qoşulur…",
    "sync.phase.comparing": "Qeydlər serverlə tutuşdurulur…",
    "sync.phase.pushing": "Qeydlər göndərilir…",
    "sync.phase.pulling": "Qeydlər qəbul edilir…",
    "sync.phase.done": "Tamamlanır…",
    "sync.progress.sent": "Göndərilib: {total} qeyddən {pushed}",
    "sync.progress.received": "Qəbul edilib: {pulled}",
    "sync.progress.bytes": "Məlumat: {up} göndərilib, {down} qəbul edilib",
    "sync.result": "Sinxronizasiya tamamlandı: {pushed, plural, =0 {heç nə göndərilmədi} one {# qeyd göndərildi} other {# qeyd göndərildi}}, {pulled, plural, =0 {heç nə qəbul edilmədi} one {# qeyd qəbul edildi} other {# qeyd qəbul edildi}}.",
    "sync.result.repaired": "Bu sinxronizasiya zamanı cihazdakı hər qeyd serverdəki nüsxə ilə də tutuşduruldu.",
  },
  errors: {
    not_set_up: "Bu cihaz hələ quraşdırılmayıb.",
    already_set_up: "Bu cihaz artıq quraşdırılıb. Onun kilidini açın.",
    locked: "Cihaz kilidlidir. Davam etmək üçün kilidi açın.",
    wrong_credentials: "İstifadəçi adı və ya parol ifadəsi yanlışdır. Yenidən cəhd edin.",
    too_many_attempts: "Həddən artıq yanlış parol ifadəsi. {seconds, plural, one {# saniyə} other {# saniyə}} gözləyin, sonra yenidən cəhd edin.",
    validation: "Bəzi sahələr düzəldilməlidir. Onların yanındakı mesajlara baxın.",
    not_found: "Bu qeyd cihazda tapılmadı.",
    record_damaged: "Bu qeyd zədələnib və kənara qoyulub. Rəhbərinizə bildirin.",
    forbidden: "Sizin rolunuz buna icazə vermir.",
    username_taken: "Bu istifadəçi adı artıq tutulub. Başqasını seçin.",
    storage: "Cihaz məlumatları saxlaya və ya oxuya bilmədi. Yenidən cəhd edin; təkrarlanarsa, rəhbərinizə bildirin.",
    needs_newer_app: "Bu məlumatlar Waypoint-in daha yeni versiyasından gəlib. Tətbiqi yeniləyin.",
    no_conflict: "Bu ziddiyyət artıq həll edilib.",
    internal: "Tətbiqdə daxili xəta baş verdi. Yenidən cəhd edin və ya tətbiqi yenidən başladın.",
    not_enrolled: "Bu cihaz hələ sinxronizasiya serverinə qoşulmayıb.",
    network: "Sinxronizasiya serveri ilə əlaqə yoxdur. İşiniz bu cihazda saxlanılıb; bir az sonra yenidən cəhd edin.",
    server_refused: "Sinxronizasiya serveri sorğunu rədd etdi. Serverin ünvanını və kodu yoxlayın və ya rəhbərinizə bildirin.",
    device_revoked: "Bu cihaz administrator tərəfindən ləğv edilib. Onun məlumatları silinib.",
    enrolment_code_invalid: "Qeydiyyat kodu naməlumdur, artıq istifadə olunub və ya vaxtı bitib. İnzibatçıdan yenisini istəyin.",
    site_mismatch: "Bu qeydiyyat kodu bu cihazın məntəqəsi üçün deyil. Cihazın məntəqəsi üçün kod istəyin; bu kod öz məntəqəsində hələ də keçərlidir.",
    cancelled: "Sinxronizasiya dayandırıldı. Göndərilənlər təhlükəsizdir; qalanı növbəti sinxronizasiyada göndəriləcək.",
  },
  validation: {
    name_required: "Ad və ya soyad daxil edin.",
    name_empty: "Adı orijinal yazısı ilə yazın və ya bu sətri təmizləyin.",
    name_too_long: "Bu ad çox uzundur.",
    latin_form_not_latin: "Latın forması üçün latın hərflərindən (A–Z, diakritik işarələrlə) istifadə edin.",
    date_of_birth_invalid: "Tarixi İİİİ-AA-GG, İİİİ-AA və ya İİİİ şəklində, yaxud yaşı illərlə yazın.",
    date_of_birth_in_future: "Doğum tarixi bu gündən sonradır.",
    age_out_of_range: "Yaş 0 ilə 130 arasında olmalıdır.",
    country_unknown: "Siyahıdan ölkə seçin.",
    nationality_unknown: "Siyahıdan vətəndaşlıq seçin.",
    language_unknown: "Siyahıdan dil seçin.",
    document_number_empty: "Sənədin nömrəsini daxil edin.",
    date_invalid: "Tarixi İİİİ-AA-GG şəklində yazın.",
    phone_invalid: "Telefon nömrəsində yalnız rəqəmlər, boşluqlar və + - ( ) . ola bilər.",
    arrival_time_invalid: "Gəliş vaxtı yanlışdır və ya gələcəkdədir.",
    specific_need_unknown: "Naməlum xüsusi ehtiyac.",
    specific_need_duplicate: "Bu xüsusi ehtiyac iki dəfə qeyd olunub.",
    unaccompanied_minor_without_sc: "Müşayiətsiz uşaq üçün «müşayiətsiz və ya ailəsindən ayrı düşmüş uşaq» xüsusi ehtiyacı qeyd edilməlidir.",
    consent_missing: "Şəxsin qeydiyyata razı olub-olmadığını qeyd edin (verilib və ya imtina edilib).",
    consent_duplicate: "Bu razılıq iki dəfə qeyd olunub.",
    text_too_long: "Bu mətn çox uzundur.",
    family_member_name_empty: "Ailə üzvünün adını daxil edin.",
    photo_invalid: "Şəkil kiçik JPEG faylı olmalıdır.",
    group_empty: "Ən azı bir üzv əlavə edin.",
    focal_point_invalid: "Qrupun əlaqələndirici şəxsini seçin.",
    item_id_invalid: "Bu yazı zədələnib; qeydi yenidən yükləyin.",
    leaflet_unknown: "Bu məlumat vərəqəsi bu məntəqədə verilə bilməz; siyahıdan birini seçin.",
    leaflet_version_unknown: "Bu vərəqənin mətni bu cihazda dəyişib; onu yenidən açın və göstərilən mətni verin.",
    leaflet_language_unknown: "Bu dil vərəqələr kataloqunda yoxdur; siyahıdan birini seçin.",
    interpreter_language_invalid: "Tərcüməçinin dili məlum dil kodu deyil.",
  },
  languageNames: { kmr: "Kürd dili (kurmanci)", ckb: "Kürd dili (sorani)" },
};

export default az;
