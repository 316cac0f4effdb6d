// Hebrew wording of the templates, in the seeds' own words (001, 003, 004). Where the
// seeds speak in the masculine, the reply template keeps their wording; the boundary
// avoids gender ("לא נוח לי", "בואו") so any agent can send it as is.
import type { Templates } from '../../language';

export const HEBREW_TEMPLATES: Templates = {
  reflection: 'אם אני מבין אותך נכון, {reflection}. האם הבנתי נכון?',
  genericReflection: '[הבעיה של הלקוח, במילים שלך]',
  shorter: '(קצר יותר)',
  offer: 'מה שאני כן יכול לעשות עבורך זה [מה שאפשר להציע].',
  placeholder: {
    message: 'כדאי להשלים את {match} לפני השליחה: הלקוח יקרא את זה כמו שזה.',
    why: 'תבנית שלא הושלמה אומרת ללקוח שקיבל מכתב מוכן, וחסרה בה בדיוק העובדה שהוא צריך.',
  },
  boundary: 'לא נוח לי להמשיך את השיחה כשנעשה שימוש בשפה פוגענית. בואו נעצור כאן לרגע, ואשלח עדכון סטטוס בתוך שעה.',
  structure: {
    steps: { reflect: 'השיקוף', empathize: 'האמפתיה', answer: 'התשובה', offer: 'ההצעה' },
    outOfOrder: '{later} מופיע לפני {earlier}; הסדר שמרגיע הוא שיקוף, אמפתיה, תשובה, הצעה.',
    refusalBeforeEmpathy: 'הסירוב מופיע לפני כל אמפתיה: קודם כדאי לומר מה זה עולה ללקוח.',
    noOfferAfterRefusal: 'אחרי הסירוב אין הצעה: כדאי להוסיף מה כן אפשר לעשות ("{offer}").',
  },
};
