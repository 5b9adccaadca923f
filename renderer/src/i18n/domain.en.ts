import type { domainSv } from './domain.sv';
import type { Widen } from './widen';

export const domainEn: Widen<typeof domainSv> = {
  processGroup: { main: 'Main process', support: 'Support process' },
  measureMethod: {
    checklist: 'Checklist at case review',
    file_audit: 'File audit',
    case_system_report: 'Report from the case system',
    survey: 'Survey',
    count: 'Count',
    other: 'Other',
  },
  measureFrequency: {
    monthly: 'Monthly',
    quarterly: 'Quarterly',
    tertial: 'Every four months',
    half_year: 'Every six months',
    yearly: 'Once a year',
    once: 'Once',
    continuous: 'Continuously',
  },
  measureKind: { share: 'Share', count: 'Count', number: 'Number', yes_no: 'Yes/no', text: 'Free text' },
  actionStatus: { not_started: 'Not started', in_progress: 'In progress', done: 'Done', cancelled: 'Cancelled' },
  planStatus: { draft: 'Draft', adopted: 'Adopted', archived: 'Archived' },
  stage: { inherent: 'Before action', residual: 'After action' },
  likelihood: 'Likelihood',
  consequence: 'Consequence',
};
