// Español. Drafted by the development team; to be reviewed by a Spanish-speaking official.

import type { Catalogue } from "../types";

const es: Catalogue = {
  locale: "es",
  name: "Español",
  dir: "ltr",
  review: "draft",
  messages: {
    "app.name": "Waypoint",
    "app.loading": "Abriendo…",

    "language.label": "Idioma",
    "language.hint": "Cambia solo el idioma y la disposición de la aplicación en este dispositivo. Los registros no se traducen.",

    "setup.title": "Configurar este dispositivo",
    "setup.intro": "Primer uso: cree el código del sitio y la primera cuenta de agente. Este agente será el supervisor del dispositivo.",
    "setup.site_code": "Código del sitio",
    "setup.site_code.hint": "De 2 a 6 letras o cifras, p. ej. LSV",
    "setup.username": "Nombre de usuario",
    "setup.username.hint": "De 2 a 32 letras, cifras, puntos, guiones o guiones bajos",
    "setup.display_name": "Nombre visible",
    "setup.passphrase": "Frase de contraseña",
    "setup.passphrase.hint": "Al menos 10 caracteres. No se puede recuperar: guárdela en un lugar seguro.",
    "setup.passphrase2": "Repita la frase de contraseña",
    "setup.passphrase_mismatch": "Las dos frases de contraseña no coinciden. Escriba dos veces la misma.",
    "setup.submit": "Configurar el dispositivo",

    "unlock.title": "Desbloquear Waypoint",
    "unlock.officer": "Agente",
    "unlock.passphrase": "Frase de contraseña",
    "unlock.submit": "Desbloquear",
    "unlock.working": "Comprobando…",

    "home.title": "Personas registradas",
    "home.signed_in": "{name} · sitio {site}",
    "home.lock": "Bloquear",
    "home.register": "Registrar a una persona",
    "home.empty": "Todavía no hay nadie registrado en este dispositivo.",
    "home.count": "{count, plural, one {# persona} many {# de personas} other {# personas}}",
    "home.count_at_least": "{count, plural, one {al menos # persona} many {al menos # de personas} other {al menos # personas}}",
    "home.search": "Buscar por nombre o número de expediente",
    "home.search.submit": "Buscar",
    "home.search.placeholder": "Nombre o número de expediente",

    "list.case_number": "Número de expediente",
    "list.name": "Nombre",
    "list.original_name": "Nombre (escritura original)",
    "list.nationality": "Nacionalidad",
    "list.born": "Nacimiento",
    "list.status": "Estado",

    "register.title": "Registrar a una persona",
    "register.names": "Nombre",
    "register.original": "{part} (escritura original)",
    "register.latin": "{part} (letras latinas)",
    "register.sex": "Sexo",
    "register.dob": "Fecha de nacimiento",
    "register.dob.precision": "¿Qué precisión tiene la fecha de nacimiento?",
    "register.dob.value": "Fecha de nacimiento",
    "register.dob.hint.exact": "AAAA-MM-DD, p. ej. 1994-03-21",
    "register.dob.hint.year_month": "AAAA-MM, p. ej. 1994-03",
    "register.dob.hint.year": "AAAA, p. ej. 1994",
    "register.dob.hint.estimated_age": "Edad en años, p. ej. 30",
    "register.dob.age": "Edad estimada",
    "register.nationality": "Nacionalidad",
    "register.nationality.none": "Aún no se sabe",
    "register.languages": "Idiomas que habla",
    "register.preferred_language": "Idioma preferido para la información",
    "register.preferred_language.none": "No indicado",
    "register.phone": "Teléfono",
    "register.protection": "Solicita protección internacional",
    "register.protection.yes": "Sí",
    "register.likely.title": "{count, plural, one {Ya hay registrada una persona parecida} many {Ya hay # de personas parecidas registradas} other {Ya hay # personas parecidas registradas}}",
    "register.likely.match": "¿la misma persona?",
    "register.likely.probable": "conviene revisar",
    "register.likely.hint": "Abra un registro para comparar. Si es una persona nueva, pulse Guardar otra vez.",
    "register.protection.no": "No",
    "register.protection.unknown": "Aún no se ha preguntado",
    "register.consent": "Consentimiento al registro",
    "register.consent.given": "Otorgado",
    "register.consent.refused": "Denegado",
    "register.consent.hint": "Negarse no tiene ninguna consecuencia desfavorable para la persona.",
    "register.submit": "Guardar registro",
    "register.cancel": "Cancelar",
    "register.saving": "Guardando…",
    "register.saved": "Registro guardado: {case}.",
    "register.other_errors": "Revise también:",

    "name.given": "Nombre de pila",
    "name.father": "Nombre del padre",
    "name.grandfather": "Nombre del abuelo",
    "name.family": "Apellido",
    "name.other": "Otro nombre",

    "dob.exact": "Fecha exacta",
    "dob.year_month": "Año y mes",
    "dob.year": "Solo el año",
    "dob.estimated_age": "Edad estimada",
    "dob.unknown": "Desconocida",
    "dob.estimated_on": "unos {age} años el {date}",

    "sex.female": "Mujer",
    "sex.male": "Hombre",
    "sex.other": "Otro",
    "sex.unknown": "Desconocido",

    "status.pre_registered": "Prerregistrado",
    "status.registered": "Registrado",
    "status.referred": "Derivado",
    "status.transferred": "Trasladado",
    "status.closed": "Cerrado",

    "nationality.XXA": "Apátrida",
    "nationality.XXX": "Nacionalidad desconocida",

    "detail.back": "Volver a la lista",
    "detail.title": "Ficha de la persona",
    "detail.case_number": "Número de expediente",
    "detail.names": "Nombres",
    "detail.sex": "Sexo",
    "detail.dob": "Fecha de nacimiento",
    "detail.nationality": "Nacionalidad",
    "detail.languages": "Idiomas",
    "detail.preferred_language": "Idioma preferido",
    "detail.phone": "Teléfono",
    "detail.protection": "Solicita protección",
    "detail.consent": "Consentimiento al registro",
    "detail.status": "Estado",
    "detail.registered_at": "Registrado el",
    "detail.history": "Historial",
    "detail.conflicts": "{count, plural, one {# campo se modificó en dos dispositivos y debe revisarse.} many {# de campos se modificaron en dos dispositivos y deben revisarse.} other {# campos se modificaron en dos dispositivos y deben revisarse.}}",
    "detail.none": "—",
    "conflict.keep": "Conservar este",
    "conflict.device": "en el dispositivo {device}",
    "conflict.supervisor_only": "Un supervisor elige qué valor conservar.",
    "erase.title": "Borrar este registro",
    "erase.explain": "Solo un supervisor puede hacerlo. El registro se elimina de este dispositivo, del servidor y de todos los dispositivos que se sincronizan. No se puede deshacer.",
    "erase.reason": "Motivo",
    "erase.reason.entered_in_error": "Introducido por error",
    "erase.reason.duplicate": "Duplicado de otro registro",
    "erase.reason.person_requested": "La persona lo pidió",
    "erase.reason.ordered": "Ordenado por una autoridad",
    "erase.submit": "Borrar definitivamente",
    "erase.done": "El registro se ha borrado.",

    "detail.leaflets": "Folletos informativos entregados",

    "detail.leaflets.none": "Aún no se ha entregado ningún folleto.",

    "detail.give_leaflet": "Entregar un folleto",

    "leaflet.title": "Folleto informativo",

    "leaflet.back": "Volver a la ficha",

    "leaflet.choose": "Folleto",

    "leaflet.language": "Idioma del folleto",

    "leaflet.large_text": "Texto grande",

    "leaflet.status.machine_drafted": "Traducción automática, aún no revisada por un hablante nativo",

    "leaflet.status.reviewed": "Traducción revisada por un hablante nativo",

    "leaflet.version": "versión {version}",

    "leaflet.legal_basis": "Base jurídica",

    "leaflet.record.title": "Registrar la entrega",

    "leaflet.format": "Cómo se entregó",

    "leaflet.format.screen": "Mostrado en pantalla",

    "leaflet.format.print": "Copia impresa",

    "leaflet.format.pdf": "PDF",

    "leaflet.explained_orally": "Explicado oralmente",

    "leaflet.interpreter": "Idioma del intérprete",

    "leaflet.interpreter.none": "Sin intérprete",

    "leaflet.interpreter_used": "con intérprete ({language})",

    "leaflet.ack": "Acuse de recibo de la persona",

    "leaflet.ack.none": "Ninguno",

    "leaflet.ack.verbal": "Confirmado oralmente",

    "leaflet.ack.signed": "Firmado",

    "leaflet.ack.declined": "Se negó a acusar recibo",

    "leaflet.record": "Registrar entrega",

    "leaflet.recorded": "Registrado: «{leaflet}» en {language}.",


    "due.title": "Folletos pendientes",


    "due.count": "{count, plural, one {# folleto pendiente} many {# de folletos pendientes} other {# folletos pendientes}}",


    "due.none": "Todas las personas registradas aquí han recibido los folletos obligatorios.",


    "due.today": "vence hoy",


    "due.overdue": "{count, plural, one {# día de retraso} many {# de días de retraso} other {# días de retraso}}",


    "due.more": "{count, plural, one {y # más} many {y # más} other {y # más}}",


    "settings.deadlines": "Folletos obligatorios",


    "settings.deadlines.hint": "Días tras el registro en que cada persona debe recibir el folleto (0: en el registro). Déjelo vacío si no es obligatorio.",


    "settings.deadlines.unit": "días",


    "settings.deadlines.save": "Guardar plazos",


    "settings.deadlines.saved": "Plazos guardados. Todos los dispositivos de este puesto los recibirán en su próxima sincronización.",



    "leaflet.pdf": "Guardar como PDF",



    "leaflet.pdf.saved": "Guardado como PDF: {path}",



    "leaflet.missing_contacts": "Los datos de contacto de este sitio para este folleto no están definidos ({names}). Un supervisor los define en Ajustes; hasta entonces no se puede imprimir.",



    "settings.contacts": "Contactos en los folletos",



    "settings.contacts.hint": "Se imprimen en el folleto de contactos, en todos los idiomas. Escriba los teléfonos con el prefijo del país.",



    "settings.contacts.save": "Guardar contactos",



    "settings.contacts.saved": "Contactos guardados. Todos los dispositivos de este puesto los recibirán en su próxima sincronización.",




    "home.group": "Prerregistrar una familia",




    "group.title": "Prerregistrar una familia o un grupo",




    "group.intro": "Unos pocos campos por persona; cada ficha se completa después. Las filas sin nombre se omiten.",




    "group.cancel": "Cancelar",




    "group.arrival": "Llegada",




    "group.border_point": "Paso fronterizo",




    "group.means": "Medio de llegada",




    "group.means.unknown": "No consta",




    "group.means.land": "Tierra",




    "group.means.sea": "Mar",




    "group.means.air": "Aire",




    "group.means.other": "Otro",




    "group.member": "Persona {n}",




    "group.given": "Nombre",




    "group.family": "Apellido",




    "group.dob": "Edad o fecha de nacimiento",




    "group.dob.hint": "Edad en años (p. ej. 34), o AAAA, AAAA-MM o AAAA-MM-DD",




    "group.relationship": "Parentesco",




    "group.add": "Añadir persona",




    "group.submit": "Prerregistrar a todos",




    "group.done": "{count, plural, one {# persona prerregistrada.} many {# de personas prerregistradas.} other {# personas prerregistradas.}}",




    "relationship.focal_point": "Cabeza de familia / persona de referencia",




    "relationship.spouse": "Cónyuge",




    "relationship.child": "Hijo/a",




    "relationship.parent": "Padre o madre",




    "relationship.sibling": "Hermano/a",




    "relationship.grandparent": "Abuelo/a",




    "relationship.grandchild": "Nieto/a",




    "relationship.other_relative": "Otro familiar",




    "relationship.not_related": "Sin parentesco",





    "filters.title": "{count, plural, =0 {Filtros} one {Filtros (# activo)} many {Filtros (# activos)} other {Filtros (# activos)}}",





    "filters.any": "Cualquiera",





    "filters.age_min": "Edad desde",





    "filters.age_max": "Edad hasta",





    "filters.clear": "Quitar filtros",






    "review.title": "Posibles duplicados",
    "review.count": "{count, plural, one {# par por revisar} many {# pares por revisar} other {# pares por revisar}}",
    "review.none": "No hay posibles duplicados por revisar.",
    "review.open": "Revisar",
    "review.match": "Muy probablemente la misma persona",
    "review.probable": "Posiblemente la misma persona",
    "review.disputed": "Los revisores no coinciden: decida de nuevo",
    "review.same": "Misma persona",
    "review.not_same": "No es la misma persona",
    "review.elsewhere": "Registrado en {site}; no está en este dispositivo",
    "review.supervisor_only": "Solo un supervisor puede decidir.",
    "review.back": "Volver",
    "review.reasons": "Lo que coincide (+) y lo que no (−)",
    "reason.document": "Número de documento",
    "reason.relative": "Nombre de un familiar",
    "reason.order": "Nombres en otro orden",
    "detail.linked": "Registros vinculados",
    "link.same_person": "Misma persona",
    "link.not_same_person": "No es la misma persona",
    "link.in_conflict": "los revisores no coinciden",
    "link.elsewhere": "Registro de otro puesto",
    "detail.redirected": "Abrió {case}. Es la misma persona que este registro, hecho antes.",
    "history.identity_link_decided": "Decisión sobre duplicado",
    "review.card_title": "Por revisar",
    "review.conflicts_title": "Cambios contradictorios",
    "review.conflicts": "{count, plural, one {# registro con cambios contradictorios} many {# registros con cambios contradictorios} other {# registros con cambios contradictorios}}",
    "export.title": "Registro de entregas",
    "export.hint": "Cada folleto entregado a las personas de este dispositivo, en un archivo CSV: números de caso, sin nombres.",
    "export.button": "Exportar como CSV",
    "export.done": "Guardado:",
    "settings.lock_after": "Bloquear tras inactividad",
    "settings.lock_after.seconds": "{count, plural, one {# segundo} many {# segundos} other {# segundos}}",
    "settings.lock_after.minutes": "{count, plural, one {# minuto} many {# minutos} other {# minutos}}",
    "unlock.auto_locked": "Bloqueado porque el dispositivo no se usaba. Desbloquee para seguir.",
    "officers.title": "Agentes en este dispositivo",
    "officers.officer": "Agente",
    "officers.supervisor": "Supervisor",
    "officers.role": "Función",
    "officers.add": "Añadir agente",
    "officers.added": "{name} ya puede desbloquear este dispositivo con su propia frase de acceso.",
    "arrivals.title": "Llegadas",
    "arrivals.today": "Hoy en el puesto {site}: {people}",
    "arrivals.chart": "Registros por día, últimos {days} días",
    "arrivals.bar": "{day}: {people}",
    "arrivals.other": "Otra o desconocida",
    "arrivals.show_today": "Ver los de hoy",
    "arrivals.none": "Nadie se ha registrado en este puesto estos días.",
    "filters.registered_from": "Registrado desde",
    "filters.registered_to": "Registrado hasta",
    "filters.site": "Puesto",
    "filters.this_site": "Este puesto ({site})",
    "home.no_match": "Nadie coincide con la búsqueda o los filtros.",
    "handover.text_given": "Texto entregado",
    "handover.text_missing": "Esta versión del texto no está en este dispositivo.",
    "detail.needs": "Necesidades específicas",
    "detail.needs_withheld": "Los detalles se reservan a los dispositivos de los supervisores. Una nota añadida aquí se les envía.",
    "need.CR": "Niño o niña en riesgo",
    "need.SC": "Niño no acompañado o separado",
    "need.WR": "Mujer en riesgo",
    "need.ER": "Persona mayor en riesgo",
    "need.SP": "Madre o padre solo, o cuidador",
    "need.DS": "Discapacidad",
    "need.SM": "Condición médica grave",
    "need.FU": "Unidad familiar",
    "need.LP": "Necesidades específicas de protección legal y física",
    "need.TR": "Tortura",
    "need.SV": "Violencia sexual y de género",
    "register.unaccompanied": "Niño o niña que viaja sin su padre, madre o tutor legal",
    "register.need_note": "Detalles (opcional)",
    "register.needs.hint": "Marque lo que corresponda. Los detalles solo se envían a los dispositivos de los supervisores.",
    "edit.title": "Editar el registro",
    "edit.submit": "Guardar los cambios",
    "detail.edit": "Editar",
    "register.place_of_birth": "Lugar de nacimiento",
    "register.arrival_at": "Llegada (fecha y hora)",
    "register.documents": "Documentos de identidad",
    "register.rows.hint": "Rellene la fila vacía para añadir uno; borre un número o un nombre para quitarlo.",
    "register.doc.kind": "Tipo",
    "register.doc.number": "Número",
    "register.doc.country": "País de expedición",
    "register.doc.expiry": "Válido hasta",
    "doc.kind.passport": "Pasaporte",
    "doc.kind.national_id": "Documento nacional de identidad",
    "doc.kind.birth_certificate": "Certificado de nacimiento",
    "doc.kind.residence_permit": "Permiso de residencia o visado",
    "doc.kind.refugee_document": "Documento de viaje para refugiados",
    "doc.kind.other": "Otro documento",
    "register.family_in_eu": "Familiares en la UE",
    "register.fam.name": "Nombre",
    "register.fam.relationship": "Parentesco",
    "register.fam.country": "País",
    "register.fam.contact": "Contacto (teléfono o dirección)",
    "register.country.none": "Sin registrar",
    "history.registered": "Registro",
    "history.pre_registered": "Prerregistro",
    "history.field_changed": "Modificación",
    "history.consent_changed": "Consentimiento modificado",
    "history.status_changed": "Estado modificado",
    "history.conflict_resolved": "Conflicto resuelto",
    "history.group_changed": "Grupo modificado",
    "history.leaflet_handed_over": "Folleto entregado",
    "history.other": "Otro cambio",

    "settings.title": "Ajustes",
    "settings.site": "Sitio",
    "settings.device": "Código del dispositivo",
    "settings.retention": "Conservar los registros sincronizados en este dispositivo durante (días)",
    "settings.retention.hint": "Los registros que ya tiene el servidor se quitan de este dispositivo tras estos días sin cambios. Los registros aún no sincronizados se conservan siempre.",
    "settings.retention.save": "Guardar",
    "settings.retention.saved": "Guardado.",

    "sync.title": "Sincronización",
    "sync.server": "Servidor",
    "sync.fingerprint": "Certificado del servidor (el registro del servidor muestra el mismo)",
    "sync.not_enrolled": "Este dispositivo no está dado de alta en ningún servidor de sincronización. Los registros permanecen en el dispositivo hasta que lo esté.",
    "sync.enrol.title": "Dar de alta este dispositivo",
    "sync.enrol.server_url": "Dirección del servidor",
    "sync.enrol.server_url.hint": "La que le indique su supervisor, p. ej. https://sync.example.org",
    "sync.enrol.code": "Código de alta de un solo uso",
    "sync.enrol.code.hint": "Cada código sirve una sola vez. Si ha caducado, pida uno nuevo a su supervisor.",
    "sync.enrol.submit": "Dar de alta este dispositivo",
    "sync.enrol.working": "Dando de alta…",
    "sync.enrol.done": "Este dispositivo está dado de alta. Sincronice ahora para enviar sus registros.",
    "sync.enrol.invalid_url": "Escriba la dirección completa del servidor, p. ej. https://sync.example.org. El http:// simple solo se admite para un servidor en este equipo (127.0.0.1).",
    "sync.waiting": "{count, plural, =0 {Ningún registro pendiente de sincronizar} one {# registro pendiente de sincronizar} many {# de registros pendientes de sincronizar} other {# registros pendientes de sincronizar}}",
    "sync.last": "Última sincronización",
    "sync.last.never": "Nunca",
    "sync.now": "Sincronizar ahora",
    "sync.cancel": "Detener la sincronización",
    "sync.cancelling": "Deteniendo…",
    "sync.progress": "Progreso de la sincronización",
    "sync.phase.connecting": "Conectando con el servidor…",
    "sync.phase.comparing": "Comparando registros con el servidor…",
    "sync.phase.pushing": "Enviando registros…",
    "sync.phase.pulling": "Recibiendo registros…",
    "sync.phase.done": "Finalizando…",
    "sync.progress.sent": "Enviados: {pushed} de {total}",
    "sync.progress.received": "Recibidos: {pulled}",
    "sync.progress.bytes": "Datos: {up} enviados, {down} recibidos",
    "sync.result": "Sincronización completada: {pushed, plural, =0 {nada enviado} one {# registro enviado} many {# de registros enviados} other {# registros enviados}}, {pulled, plural, =0 {nada recibido} one {# registro recibido} many {# de registros recibidos} other {# registros recibidos}}.",
    "sync.result.repaired": "Esta sincronización también comparó cada registro del dispositivo con la copia del servidor.",
  },
  errors: {
    not_set_up: "Este dispositivo aún no está configurado.",
    already_set_up: "Este dispositivo ya está configurado. Desbloquéelo.",
    locked: "El dispositivo está bloqueado. Desbloquéelo para continuar.",
    wrong_credentials: "Nombre de usuario o frase de contraseña incorrectos. Inténtelo de nuevo.",
    too_many_attempts: "Demasiadas frases de contraseña incorrectas. Espere {seconds, plural, one {# segundo} many {# de segundos} other {# segundos}} e inténtelo de nuevo.",
    validation: "Hay campos que revisar. Vea los mensajes junto a ellos.",
    not_found: "Este registro no se encuentra en este dispositivo.",
    record_damaged: "Este registro está dañado y se ha apartado. Avise a su supervisor.",
    forbidden: "Su función no permite esta acción.",
    username_taken: "Este nombre de usuario ya existe. Elija otro.",
    storage: "El dispositivo no pudo guardar o leer los datos. Inténtelo de nuevo; si el problema continúa, avise a su supervisor.",
    needs_newer_app: "Estos datos proceden de una versión más reciente de Waypoint. Actualice la aplicación.",
    no_conflict: "Este conflicto ya se resolvió.",
    internal: "Se produjo un error interno en la aplicación. Inténtelo de nuevo o reiníciela.",
    not_enrolled: "Este dispositivo aún no está conectado a un servidor de sincronización.",
    network: "No se puede contactar con el servidor de sincronización. Su trabajo está guardado en este dispositivo; inténtelo más tarde.",
    server_refused: "El servidor de sincronización rechazó la solicitud. Compruebe la dirección del servidor y el código, o avise a su supervisor.",
    device_revoked: "Un administrador revocó este dispositivo. Sus datos se han borrado.",
    enrolment_code_invalid: "El código de registro es desconocido, ya se usó o ha caducado. Pida uno nuevo a su administrador.",
    site_mismatch: "Este código de registro es para otro sitio distinto del de este dispositivo. Pida un código para el sitio de este dispositivo; este sigue valiendo para el suyo.",
    cancelled: "Sincronización detenida. Lo enviado está a salvo; el resto se enviará en la próxima sincronización.",
  },
  validation: {
    name_required: "Escriba un nombre de pila o un apellido.",
    name_empty: "Escriba el nombre en su escritura original o vacíe esta línea.",
    name_too_long: "Este nombre es demasiado largo.",
    latin_form_not_latin: "Use letras latinas (A–Z, con tildes) para la forma latina.",
    date_of_birth_invalid: "Escriba la fecha como AAAA-MM-DD, AAAA-MM o AAAA, o una edad en años.",
    date_of_birth_in_future: "La fecha de nacimiento es posterior a hoy.",
    age_out_of_range: "La edad debe estar entre 0 y 130 años.",
    country_unknown: "Elija un país de la lista.",
    nationality_unknown: "Elija una nacionalidad de la lista.",
    language_unknown: "Elija un idioma de la lista.",
    document_number_empty: "Escriba el número del documento.",
    date_invalid: "Escriba la fecha como AAAA-MM-DD.",
    phone_invalid: "Un número de teléfono solo puede contener cifras, espacios y + - ( ) .",
    arrival_time_invalid: "La hora de llegada no es válida o es futura.",
    specific_need_unknown: "Necesidad específica desconocida.",
    specific_need_duplicate: "Esta necesidad específica está marcada dos veces.",
    unaccompanied_minor_without_sc: "Un menor no acompañado necesita la necesidad específica «menor no acompañado o separado».",
    consent_missing: "Indique si la persona consiente el registro (otorgado o denegado).",
    consent_duplicate: "Este consentimiento está registrado dos veces.",
    text_too_long: "Este texto es demasiado largo.",
    family_member_name_empty: "Escriba el nombre del familiar.",
    photo_invalid: "La foto debe ser un archivo JPEG pequeño.",
    group_empty: "Añada al menos un miembro.",
    focal_point_invalid: "Elija la persona de referencia del grupo.",
    item_id_invalid: "Esta entrada está dañada; vuelva a cargar el registro.",
    leaflet_unknown: "Este folleto no se puede entregar en este puesto; elija uno de la lista.",
    leaflet_version_unknown: "El texto de este folleto ha cambiado en este dispositivo; ábralo de nuevo y entregue el texto mostrado.",
    leaflet_language_unknown: "Este idioma no está en el catálogo de folletos; elija uno de la lista.",
    interpreter_language_invalid: "El idioma del intérprete no es un código de idioma conocido.",
  },
  languageNames: { kmr: "Kurdo (kurmanji)", ckb: "Kurdo (sorani)" },
};

export default es;
