import type { MessageGroup } from './types';

// Every refusal of an untrusted bundle ends by saying what to do about it.
const askForNew = {
  sv: 'Paketet importeras inte. Be enheten exportera sitt årspaket på nytt och lägga det i mappen igen.',
  en: 'The bundle is not imported. Ask the unit to export its year bundle again and put it in the folder again.',
} as const;

export const bundleMessages = {
  entryMissing: { sv: `{{file}}: Filen {{entry}} saknas i paketet. ${askForNew.sv}`, en: `{{file}}: The file {{entry}} is missing from the bundle. ${askForNew.en}` },
  badShape: {
    sv: `{{file}}: Uppgifterna i paketet har fel form ({{where}}). ${askForNew.sv}`,
    en: `{{file}}: The data in the bundle has the wrong shape ({{where}}). ${askForNew.en}`,
  },
  damagedEntry: {
    sv: `{{file}}: Filen {{entry}} i paketet är skadad och går inte att läsa. ${askForNew.sv}`,
    en: `{{file}}: The file {{entry}} in the bundle is damaged and cannot be read. ${askForNew.en}`,
  },
  notBundle: { sv: `{{file}}: Filen är inte ett årspaket från Kvalitetshjulet. ${askForNew.sv}`, en: `{{file}}: The file is not a year bundle from Kvalitetshjulet. ${askForNew.en}` },
  newerFormat: {
    sv: '{{file}}: Paketet är skapat av en nyare version av Kvalitetshjulet (format {{format}}; den här versionen läser format {{supported}}). Uppdatera Kvalitetshjulet och importera paketet igen.',
    en: '{{file}}: The bundle was made by a newer version of Kvalitetshjulet (format {{format}}; this version reads format {{supported}}). Update Kvalitetshjulet and import the bundle again.',
  },
  badManifest: {
    sv: `{{file}}: Paketets innehållsförteckning (manifest.json) är felaktig. ${askForNew.sv}`,
    en: `{{file}}: The bundle’s table of contents (manifest.json) is not valid. ${askForNew.en}`,
  },
  unlistedFile: {
    sv: `{{file}}: Paketet innehåller filen {{entry}}, som inte står i innehållsförteckningen. ${askForNew.sv}`,
    en: `{{file}}: The bundle contains the file {{entry}}, which is not in the table of contents. ${askForNew.en}`,
  },
  wrongSize: {
    sv: `{{file}}: Filen {{entry}} har fel storlek ({{actual}} byte i stället för {{expected}}): den är avkortad eller ändrad. ${askForNew.sv}`,
    en: `{{file}}: The file {{entry}} has the wrong size ({{actual}} bytes instead of {{expected}}): it is truncated or changed. ${askForNew.en}`,
  },
  checksum: {
    sv: `{{file}}: Filen {{entry}} har ändrats efter exporten (kontrollsumman stämmer inte). ${askForNew.sv}`,
    en: `{{file}}: The file {{entry}} has been changed after the export (the checksum does not match). ${askForNew.en}`,
  },
  mismatch: {
    sv: `{{file}}: Innehållsförteckningen och uppgifterna i paketet gäller olika enheter eller år. ${askForNew.sv}`,
    en: `{{file}}: The table of contents and the data in the bundle concern different units or years. ${askForNew.en}`,
  },
  tooLarge: {
    sv: `{{file}}: Filen är för stor för att vara ett årspaket ({{megabytes}} MB). ${askForNew.sv}`,
    en: `{{file}}: The file is too large to be a year bundle ({{megabytes}} MB). ${askForNew.en}`,
  },
  fileTooLarge: { sv: '{{file}}: Filen är för stor för att vara ett årspaket ({{megabytes}} MB).', en: '{{file}}: The file is too large to be a year bundle ({{megabytes}} MB).' },
  notAFile: { sv: '{{file}}: Det är inte en fil. Välj ett årspaket (.zip).', en: '{{file}}: That is not a file. Choose a year bundle (.zip).' },
  badEntryName: {
    sv: `{{file}}: Paketet innehåller en fil med ett otillåtet namn ({{entry}}). ${askForNew.sv}`,
    en: `{{file}}: The bundle contains a file with a forbidden name ({{entry}}). ${askForNew.en}`,
  },
  entryTwice: { sv: `{{file}}: Filen {{entry}} finns två gånger i paketet. ${askForNew.sv}`, en: `{{file}}: The file {{entry}} is in the bundle twice. ${askForNew.en}` },
  tooManyEntries: {
    sv: `{{file}}: Paketet innehåller fler filer än ett årspaket kan ha. ${askForNew.sv}`,
    en: `{{file}}: The bundle contains more files than a year bundle can have. ${askForNew.en}`,
  },
  entryTooLarge: {
    sv: `{{file}}: Filen {{entry}} i paketet är orimligt stor ({{megabytes}} MB). ${askForNew.sv}`,
    en: `{{file}}: The file {{entry}} in the bundle is unreasonably large ({{megabytes}} MB). ${askForNew.en}`,
  },
  unreadableZip: {
    sv: `{{file}}: Filen går inte att öppna som ett årspaket: den är skadad, avkortad eller inte ett paket från Kvalitetshjulet. ${askForNew.sv}`,
    en: `{{file}}: The file cannot be opened as a year bundle: it is damaged, truncated or not a bundle from Kvalitetshjulet. ${askForNew.en}`,
  },
  planOfOtherUnit: {
    sv: `{{file}}: Planen i paketet hör inte till paketets enhet. ${askForNew.sv}`,
    en: `{{file}}: The plan in the bundle does not belong to the bundle’s unit. ${askForNew.en}`,
  },
  duplicateId: {
    sv: `{{file}}: Samma id förekommer två gånger i tabellen {{table}}. ${askForNew.sv}`,
    en: `{{file}}: The same id occurs twice in the table {{table}}. ${askForNew.en}`,
  },
  orphanRows: {
    sv: `{{file}}: {{count}} rader i {{table}} pekar på något som inte finns i paketet ({{column}}). ${askForNew.sv}`,
    en: `{{file}}: {{count}} rows in {{table}} point to something that is not in the bundle ({{column}}). ${askForNew.en}`,
  },
  reportCategoryKind: {
    sv: `{{file}}: En kategori i registret hör till ett slag av rapport som inte finns. ${askForNew.sv}`,
    en: `{{file}}: A category in the register belongs to a kind of report that does not exist. ${askForNew.en}`,
  },
  reportSettingsShape: {
    sv: `{{file}}: Registrets gränser i dagar har fel form. ${askForNew.sv}`,
    en: `{{file}}: The register's limits in days have the wrong form. ${askForNew.en}`,
  },
  reportAnalysisPeriod: {
    sv: `{{file}}: En periods analys i registret hör inte till någon period. ${askForNew.sv}`,
    en: `{{file}}: An analysis in the register belongs to no period. ${askForNew.en}`,
  },
  reportMeasureShape: {
    sv: `{{file}}: En egenkontroll som mäts i registret har ett mått med fel form. ${askForNew.sv}`,
    en: `{{file}}: A control measured in the register has a measure of the wrong form. ${askForNew.en}`,
  },
  reportShape: {
    sv: `{{file}}: Rapporten i registret som kom in {{receivedOn}} har fel form (slag, status, kanal eller datum). ${askForNew.sv}`,
    en: `{{file}}: The report in the register received on {{receivedOn}} has the wrong form (kind, status, channel or date). ${askForNew.en}`,
  },
  reportPersonalIdentityNumber: {
    sv: '{{file}}: Rapporten i registret som kom in {{receivedOn}} innehåller något som ser ut som ett personnummer. Det får inte föras in här: be enheten ta bort uppgiften i sitt program och exportera igen.',
    en: '{{file}}: The report in the register received on {{receivedOn}} contains something that looks like a personal identity number. It may not be brought in here: ask the unit to remove it in its program and export again.',
  },
  reportRule: {
    sv: `{{file}}: Rapporten i registret som kom in {{receivedOn}} följer inte registrets regler (avsändare, bedömning eller datum i fel ordning). ${askForNew.sv}`,
    en: `{{file}}: The report in the register received on {{receivedOn}} breaks the register's rules (sender, assessment or dates out of order). ${askForNew.en}`,
  },
  reportCategoryOfOtherKind: {
    sv: `{{file}}: Rapporten i registret som kom in {{receivedOn}} har en kategori som hör till ett annat slag av rapport. ${askForNew.sv}`,
    en: `{{file}}: The report in the register received on {{receivedOn}} has a category of another kind of report. ${askForNew.en}`,
  },
  reportClosedDate: {
    sv: `{{file}}: Rapporten i registret som kom in {{receivedOn}} har ett datum för avslut som inte stämmer med dess status. ${askForNew.sv}`,
    en: `{{file}}: The report in the register received on {{receivedOn}} has a closing date that does not fit its status. ${askForNew.en}`,
  },
  reportAnalysisPersonalIdentityNumber: {
    sv: '{{file}}: En periods analys i registret innehåller något som ser ut som ett personnummer. Det får inte föras in här: be enheten ta bort uppgiften i sitt program och exportera igen.',
    en: '{{file}}: An analysis in the register contains something that looks like a personal identity number. It may not be brought in here: ask the unit to remove it in its program and export again.',
  },
  personalIdentityNumber: {
    sv: '{{file}}: Paketet innehåller något som ser ut som ett personnummer. Det får inte föras in här: be enheten ta bort uppgiften i sitt program och exportera igen.',
    en: '{{file}}: The bundle contains something that looks like a personal identity number. It may not be brought in here: ask the unit to remove it in its program and export again.',
  },
  fileProblem: { sv: '{{file}}: {{problem}}', en: '{{file}}: {{problem}}' },
  ownUnit: {
    sv: '{{unit}} är en egen enhet i den här databasen, så dess eget paket kan inte importeras här. Importera paketen i socialkontorets databas.',
    en: '{{unit}} is a unit of its own in this database, so its own bundle cannot be imported here. Import the bundles in the social services office’s database.',
  },
  namesake: {
    sv: 'Det finns redan en annan enhet som heter ”{{name}}” här. Byt namn på den under Översikt och importera sedan paketet igen.',
    en: 'There is already another unit called “{{name}}” here. Rename it under Overview and then import the bundle again.',
  },
  planElsewhere: {
    sv: 'Paketets plan finns redan här under en annan enhet. Paketet importeras inte; kontakta den som skickade det.',
    en: 'The bundle’s plan is already here under another unit. The bundle is not imported; contact whoever sent it.',
  },
  constraint: {
    sv: 'Paketet krockar med uppgifter som redan finns i databasen och importerades inte. Kontakta den som skickade paketet.',
    en: 'The bundle clashes with data already in the database and was not imported. Contact whoever sent the bundle.',
  },
  importedUnitExport: {
    sv: 'Enheten är importerad från ett årspaket. Bara enheten själv kan exportera sitt år.',
    en: 'The unit is imported from a year bundle. Only the unit itself can export its year.',
  },
  noFolder: {
    sv: 'Ingen gemensam mapp är vald. Välj mappen under Export, så skickas det väntande paketet dit.',
    en: 'No shared folder is chosen. Choose the folder under Export, and the waiting bundle is sent there.',
  },
  saveFailed: {
    sv: 'Paketet kunde inte sparas på den här datorn: {{reason}}. Kontrollera att disken inte är full och försök igen.',
    en: 'The bundle could not be saved on this computer: {{reason}}. Check that the disk is not full and try again.',
  },
  unchanged: {
    sv: '{{unit}} {{year}} är redan importerad från just det här paketet. Ingenting ändrades.',
    en: '{{unit}} {{year}} is already imported from this very bundle. Nothing was changed.',
  },
  older: {
    sv: '{{unit}} {{year}}: ett nyare paket (exporterat {{current}}) är redan importerat, så det här äldre ({{exported}}) lämnades utan åtgärd.',
    en: '{{unit}} {{year}}: a newer bundle (exported {{current}}) is already imported, so this older one ({{exported}}) was left alone.',
  },
  replaced: {
    sv: '{{unit}} {{year}} uppdaterades: paketet från {{exported}} ersätter det från {{replaced}}.',
    en: '{{unit}} {{year}} was updated: the bundle from {{exported}} replaces the one from {{replaced}}.',
  },
  imported: { sv: '{{unit}} {{year}} importerades (exporterat {{exported}}).', en: '{{unit}} {{year}} was imported (exported {{exported}}).' },
} as const satisfies MessageGroup;
