import { describe, expect, it } from 'vitest';
import { ChecklistItemInput } from '../../../shared/checklists/item';
import { TemplateContent } from '../../../shared/checklists/template';
import { messageText } from '../../../shared/messages/catalogue';
import { issueMessage } from '../../../shared/messages/zod-issues';

const CONTROL = '00000000-0000-4000-8000-000000000001';
const messages = (input: unknown) => {
  const parsed = ChecklistItemInput.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((issue) => messageText('sv', issueMessage(issue).key, issueMessage(issue).params));
};

describe('checklist items', () => {
  it('takes a yes/no item that feeds a control as a share of yes', () => {
    const item = ChecklistItemInput.parse({ kind: 'yes_no_na', text: ' Finns en utredningsplan? ', controlId: CONTROL, aggregation: 'share_yes' });
    expect(item).toMatchObject({ text: 'Finns en utredningsplan?', controlId: CONTROL, aggregation: 'share_yes', choices: [], min: null, unit: '' });
  });

  it('requires aggregations that fit the kind', () => {
    expect(messages({ kind: 'yes_no_na', text: 'Fråga', aggregation: 'median' })[0]).toBe('Det sättet att räkna passar inte en fråga av den här typen.');
    expect(messages({ kind: 'number', text: 'Dagar', aggregation: 'share_yes' })).toHaveLength(1);
    expect(messages({ kind: 'date', text: 'Datum', aggregation: 'count' })[0]).toMatch(/kan inte räknas in i en egenkontroll/);
    for (const aggregation of ['count', 'sum', 'mean', 'median']) expect(messages({ kind: 'number', text: 'Dagar', aggregation })).toEqual([]);
  });

  it('needs a limit for a share within, and an aggregation for a control', () => {
    expect(messages({ kind: 'number', text: 'Dagar', aggregation: 'share_within' })[0]).toMatch(/gränsvärdet/);
    expect(messages({ kind: 'number', text: 'Dagar', aggregation: 'share_within', limitValue: 14 })).toEqual([]);
    expect(messages({ kind: 'yes_no_na', text: 'Fråga', controlId: CONTROL })[0]).toMatch(/Välj hur frågan räknas/);
  });

  it('checks the range of a number and the options of a choice', () => {
    expect(messages({ kind: 'number', text: 'Dagar', min: 10, max: 5 })[0]).toMatch(/större än det största/);
    expect(messages({ kind: 'single_choice', text: 'Beslut', choices: ['Ja'] })[0]).toMatch(/minst två svarsalternativ/);
    expect(messages({ kind: 'multiple_choice', text: 'Källor', choices: ['Skola', 'skola'] })[0]).toMatch(/samma text/);
    expect(messages({ kind: 'single_choice', text: 'Beslut', choices: ['Inleds', 'Inleds inte'] })).toEqual([]);
  });

  it('takes an item back as it was read, ignoring its id, version and position', () => {
    const read = { id: CONTROL, versionId: CONTROL, position: 3, kind: 'date', text: 'Datum', help: '', unit: '', min: null, max: null, choices: [], deviationText: '', controlId: null, aggregation: null, limitValue: null };
    expect(ChecklistItemInput.parse(read)).not.toHaveProperty('id');
    expect(ChecklistItemInput.parse(read)).not.toHaveProperty('position');
    expect(messages({ ...read, extra: 1 })).toHaveLength(1);
  });

  it('clears what does not apply to the kind', () => {
    const item = ChecklistItemInput.parse({ kind: 'short_text', text: 'Notering', unit: 'dagar', min: 1, max: 2, choices: ['a', 'b'], limitValue: 3, deviationText: 'x' });
    expect(item).toMatchObject({ unit: '', min: null, max: null, choices: [], limitValue: null, deviationText: '' });
  });

  it('refuses a personnummer in the question, an option or the help text', () => {
    expect(messages({ kind: 'yes_no_na', text: 'Gäller 811218-9876?' })[0]).toMatch(/personnummer/);
    expect(messages({ kind: 'single_choice', text: 'Vem', choices: ['A', '19811218-9876'] })[0]).toMatch(/personnummer/);
  });

  it('needs a name and at least one item for a template', () => {
    expect(TemplateContent.safeParse({ name: '', items: [{ kind: 'date', text: 'Datum' }] }).success).toBe(false);
    const empty = TemplateContent.safeParse({ name: 'Lista', items: [] });
    expect(empty.success || empty.error.issues[0]?.message).toBe('validation.templateItemsMissing');
    expect(messageText('sv', 'validation.templateItemsMissing')).toBe('En checklista behöver minst en fråga.');
  });
});
