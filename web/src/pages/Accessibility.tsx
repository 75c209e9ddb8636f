import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../title';
import { useQuery } from 'urql';
import { graphql } from '../gql';

const SupportQuery = graphql(`
  query AccessibilitySupport {
    university { code name nameEn supportEmail supportUnit }
  }
`);

/**
 * Tillgänglighetsredogörelse, as lagen (2018:1937) om tillgänglighet till digital offentlig service § 16 and DIGG's
 * regulation MDFFS 2019:2 ask: how accessible the service is, what is not, how to report a problem, and how to complain.
 */
export function Accessibility() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('accessibility.title'));
  const [{ data }] = useQuery({ query: SupportQuery });
  const university = data?.university;
  const name = university ? (i18n.language === 'en' ? university.nameEn : university.name) : '…';
  const email = university ? <a href={`mailto:${university.supportEmail}`}>{university.supportEmail}</a> : '…';

  return (
    <article>
      <h1>{t('accessibility.title')}</h1>
      {i18n.language === 'en' ? (
        <>
          <p>{name} is responsible for this web application, Ladok. We want as many people as possible to be able to use it. This
            statement describes how the application meets the Act on accessibility to digital public services (2018:1937),
            known problems, and how you can report problems so that we can fix them.</p>
          <h2>How accessible is the application?</h2>
          <p>The application is built to meet WCAG 2.1 level AA. Every page is checked with the axe-core accessibility engine in
            an automated browser test on every change, and is used by keyboard alone in the same tests.</p>
          <h2>What is not accessible?</h2>
          <ul>
            <li>The chart on the page for full-time equivalents is a picture only; the same figures are in the table beside it.</li>
            <li>Transcripts as PDF are not yet tagged for screen readers; the verification page shows what a transcript says.</li>
          </ul>
          <h2>What can you do if you cannot use parts of the application?</h2>
          <p>Contact {university?.supportUnit ?? 'support'} at {email} and we will help you get the information another way.</p>
          <h2>Report problems with accessibility</h2>
          <p>We are always working to improve accessibility. If you find problems not described on this page, or think that we
            do not meet the law, write to {email} so that we know the problem exists.</p>
          <h2>Supervision</h2>
          <p>The Agency for Digital Government (Myndigheten för digital förvaltning, DIGG) is responsible for supervising the
            Act. If you are not satisfied with how we handle your comments, you can <a href="https://www.digg.se/tdosanmalan">contact
            DIGG and report it</a>.</p>
          <h2>How we tested the application</h2>
          <p>We test every page automatically with axe-core in Chromium and by keyboard alone, as part of the project's
            continuous integration. This statement was last reviewed when the application's pages last changed.</p>
        </>
      ) : (
        <>
          <p>{name} står bakom den här webbapplikationen, Ladok. Vi vill att så många som möjligt ska kunna använda den. Här
            beskriver vi hur applikationen uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service, kända
            tillgänglighetsproblem och hur du kan rapportera brister till oss så att vi kan åtgärda dem.</p>
          <h2>Hur tillgänglig är applikationen?</h2>
          <p>Applikationen är byggd för att uppfylla WCAG 2.1 nivå AA. Varje sida kontrolleras med verktyget axe-core i ett
            automatiskt webbläsartest vid varje ändring, och används med enbart tangentbord i samma tester.</p>
          <h2>Vad är inte tillgängligt?</h2>
          <ul>
            <li>Diagrammet på sidan om helårsstudenter och helårsprestationer är en bild; samma siffror finns i tabellen bredvid.</li>
            <li>Resultatintyg som pdf är ännu inte taggade för skärmläsare; verifieringssidan visar vad ett intyg innehåller.</li>
          </ul>
          <h2>Vad kan du göra om du inte kan använda delar av applikationen?</h2>
          <p>Kontakta {university?.supportUnit ?? 'supporten'} på {email} så hjälper vi dig att få informationen på annat sätt.</p>
          <h2>Rapportera brister i tillgängligheten</h2>
          <p>Vi strävar hela tiden efter att förbättra tillgängligheten. Om du upptäcker problem som inte beskrivs på den här
            sidan, eller om du anser att vi inte uppfyller lagens krav, skriv till {email} så att vi får veta att problemet finns.</p>
          <h2>Tillsyn</h2>
          <p>Myndigheten för digital förvaltning (DIGG) har ansvaret för tillsyn över lagen. Om du inte är nöjd med hur vi
            hanterar dina synpunkter kan du <a href="https://www.digg.se/tdosanmalan">kontakta DIGG och påtala det</a>.</p>
          <h2>Hur vi testat applikationen</h2>
          <p>Vi testar varje sida automatiskt med axe-core i Chromium och med enbart tangentbord, som en del av projektets
            kontinuerliga integration. Redogörelsen granskades senast när applikationens sidor senast ändrades.</p>
        </>
      )}
    </article>
  );
}
