export const DATABASE_FILE_NAME = 'kvalitetshjulet.sqlite';
