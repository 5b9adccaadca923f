/** The names of the domain's values as the UI shows them. */
export const domainSv = {
  processGroup: { main: 'Huvudprocess', support: 'Stödprocess' },
  measureMethod: {
    checklist: 'Checklista vid ärendedragning',
    file_audit: 'Aktgranskning',
    case_system_report: 'Rapport från verksamhetssystemet',
    survey: 'Enkät',
    count: 'Räkning',
    other: 'Annat',
  },
  measureFrequency: {
    monthly: 'Varje månad',
    quarterly: 'Varje kvartal',
    tertial: 'Varje tertial',
    half_year: 'Varje halvår',
    yearly: 'En gång per år',
    once: 'Vid ett tillfälle',
    continuous: 'Löpande',
  },
  measureKind: { share: 'Andel', count: 'Antal', number: 'Tal (t.ex. dagar)', yes_no: 'Ja/nej', text: 'Fritext' },
  actionStatus: { not_started: 'Ej påbörjad', in_progress: 'Pågår', done: 'Klar', cancelled: 'Avbruten' },
  planStatus: { draft: 'Utkast', adopted: 'Fastställd', archived: 'Arkiverad' },
  stage: { inherent: 'Före åtgärd', residual: 'Efter åtgärd' },
  likelihood: 'Sannolikhet',
  consequence: 'Konsekvens',
};
