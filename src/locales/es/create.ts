import type { CreateMessages } from '../../messages';

export const create: CreateMessages = {
  createOpen: 'Crear vídeo',
  createTitle: 'Crear un vídeo',
  createDescription: 'Un vídeo personalizado a partir de una plantilla y los datos de tu cliente.',
  createClose: 'Cerrar',
  createFieldTitle: 'Título',
  createFieldTemplate: 'Plantilla',
  createChooseTemplate: 'Elige una plantilla',
  createFieldTemplateId: 'ID de plantilla',
  createTemplateIdHint: 'Por ejemplo, tmpl_welcome_message.',
  createCustomerData: 'Datos del cliente',
  createCustomerHint: 'Cada nombre se convierte en un campo de personalización; las filas vacías no se envían.',
  createColumnField: 'Campo',
  createColumnValue: 'Valor',
  createFieldName: ({ index }, t) => `Nombre del campo ${t.number(index)}`,
  createFieldValue: ({ index }, t) => `Valor del campo ${t.number(index)}`,
  createRemoveNamed: ({ name }, _t) => `Quitar ${name}`,
  createRemoveField: ({ index }, t) => `Quitar el campo ${t.number(index)}`,
  createAddField: 'Añadir campo',
  createCustomerFirstName: 'Nombre',
  createCustomerLastName: 'Apellidos',
  createCustomerCompany: 'Empresa',
  createCustomerProductInterest: 'Producto de interés',
  createAiMessaging: 'Mensajes con IA',
  createTone: 'Tono',
  createToneNone: 'Sin preferencia',
  createToneFriendly: 'Cercano',
  createToneProfessional: 'Profesional',
  createToneCasual: 'Informal',
  createToneEnthusiastic: 'Entusiasta',
  createKeyPoints: 'Puntos clave',
  createKeyPoint: ({ index }, t) => `Punto clave ${t.number(index)}`,
  createRemoveKeyPoint: ({ index }, t) => `Quitar el punto clave ${t.number(index)}`,
  createAddKeyPoint: 'Añadir punto clave',
  createAspectRatio: 'Relación de aspecto',
  createRatioPortrait: 'Vertical',
  createRatioLandscape: 'Horizontal',
  createRatioSquare: 'Cuadrado',
  createProjectId: 'ID de proyecto (opcional)',
  createFailed: 'No se ha podido crear el vídeo:',
  createKept: 'Todo lo que has escrito se conserva; vuelve a intentarlo cuando quieras.',
  createClear: 'Vaciar formulario',
  createCancel: 'Cancelar',
  createSubmit: 'Crear vídeo',
  createSubmitting: 'Creando…',
  createErrorNameMissing: 'Ponle un nombre a este campo.',
  createErrorNameUsed: 'Ese nombre de campo ya está en uso.',
  createErrorTitle: 'Ponle un título al vídeo.',
  createErrorTitleLength: ({ max }, t) =>
    t.plural(max, {
      one: 'El título puede tener como máximo # carácter.',
      other: 'El título puede tener como máximo # caracteres.',
    }),
  createErrorTemplateId: 'Elige una plantilla.',
  createErrorCustomerData: 'Los datos del cliente deben ser un objeto con valores de texto.',
  createErrorCustomerFields: ({ max }, t) =>
    t.plural(max, {
      one: 'Los datos del cliente pueden tener como máximo # campo.',
      other: 'Los datos del cliente pueden tener como máximo # campos.',
    }),
  createErrorCustomerFieldName: ({ max }, t) =>
    t.plural(max, {
      one: 'Cada campo del cliente necesita un nombre de # carácter como máximo.',
      other: 'Cada campo del cliente necesita un nombre de # caracteres como máximo.',
    }),
  createErrorCustomerValue: ({ max }, t) =>
    t.plural(max, {
      one: 'Un campo del cliente puede contener como máximo # carácter.',
      other: 'Un campo del cliente puede contener como máximo # caracteres.',
    }),
  createErrorAiMessaging: 'Los mensajes con IA llevan un tono y una lista de puntos clave.',
  createErrorTone: ({ max }, t) =>
    t.plural(max, {
      one: 'El tono puede tener como máximo # carácter.',
      other: 'El tono puede tener como máximo # caracteres.',
    }),
  createErrorKeyPoints: ({ max }, t) =>
    t.plural(max, { one: 'Indica como máximo # punto clave.', other: 'Indica como máximo # puntos clave.' }),
  createErrorKeyPoint: 'Los puntos clave no pueden estar vacíos.',
  createErrorKeyPointLength: ({ max }, t) =>
    t.plural(max, {
      one: 'Un punto clave puede tener como máximo # carácter.',
      other: 'Un punto clave puede tener como máximo # caracteres.',
    }),
  createErrorIdLength: ({ max }, t) =>
    t.plural(max, {
      one: 'Un ID puede tener como máximo # carácter.',
      other: 'Un ID puede tener como máximo # caracteres.',
    }),
  createErrorAspectRatio: 'La relación de aspecto debe ser 9:16, 16:9 o 1:1.',
  createErrorProjectId: 'El ID de proyecto debe ser un texto.',
};
