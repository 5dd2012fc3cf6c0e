import type { CommonMessages } from '../../messages';

export const common: CommonMessages = {
  loading: 'جارٍ التحميل…',
  tryAgain: 'إعادة المحاولة',
  tryingAgain: 'جارٍ إعادة المحاولة…',
  errorNetwork: 'تعذّر الاتصال. تحقّق من الشبكة وأعد المحاولة.',
  errorTimeout: 'استغرق الخادم وقتًا طويلًا للرد.',
  errorNotFound: 'غير موجود.',
  errorUnauthorized: 'تم رفض الوصول.',
  errorRateLimited: 'طلبات كثيرة جدًا. انتظر قليلًا ثم أعد المحاولة.',
  errorServer: 'تواجه الخدمة مشكلة. أعد المحاولة بعد قليل.',
  errorHttp: ({ status }, t) => `تعذّر تنفيذ الطلب (HTTP ${t.number(status)}).`,
  errorInvalidResponse: 'أرسلت الخدمة بيانات لا تستطيع هذه الصفحة قراءتها.',
  errorInvalidRequest: 'بعض القيم غير صالحة.',
  errorAborted: 'تم إلغاء الطلب.',
};
