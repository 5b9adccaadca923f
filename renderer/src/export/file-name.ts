export const fileNameOf = (file: string) => file.split(/[\\/]/).pop() ?? file;
