<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/about_dialog.py" line="45"/>
        <source>About nlinkoop</source>
        <translation>Over nlinkoop</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/about_dialog.py" line="56"/>
        <source>Version {version}</source>
        <translation>Versie {version}</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/about_dialog.py" line="60"/>
        <source>A workbook to prepare supplier meetings and negotiations the relational way.</source>
        <translation>Een werkboek om leveranciersgesprekken en onderhandelingen relationeel voor te bereiden.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/about_dialog.py" line="64"/>
        <source>Open source under the {licence} licence.</source>
        <translation>Open source onder de {licence}-licentie.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/about_dialog.py" line="67"/>
        <source>The briefing is set in DejaVu Sans, under its own free licence.</source>
        <translation>De briefing staat in het lettertype DejaVu Sans, met een eigen vrije licentie.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/about_dialog.py" line="69"/>
        <source>Built with Qt {qt} and PySide6 {pyside}.</source>
        <translation>Gemaakt met Qt {qt} en PySide6 {pyside}.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/about_dialog.py" line="72"/>
        <source>Data folder (the example, crash recovery):</source>
        <translation>Gegevensmap (het voorbeeld, herstel na een crash):</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/about_dialog.py" line="103"/>
        <source>&amp;Font licence...</source>
        <translation>&amp;Licentie lettertype...</translation>
    </message>
</context>
<context>
    <name>AmountDelegate</name>
    <message>
        <location filename="../../nlinkoop/ui/widgets/amount_delegate.py" line="72"/>
        <source>&quot;{text}&quot; was not saved. {hint}</source>
        <translation>&quot;{text}&quot; is niet bewaard. {hint}</translation>
    </message>
</context>
<context>
    <name>AtTable</name>
    <message>
        <location filename="../../nlinkoop/ui/window/at_table.py" line="35"/>
        <source>We give</source>
        <translation>Wij geven</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/at_table.py" line="36"/>
        <source>We get</source>
        <translation>Wij krijgen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/at_table.py" line="37"/>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/at_table.py" line="38"/>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/at_table.py" line="39"/>
        <source>Open points</source>
        <translation>Open punten</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/at_table.py" line="40"/>
        <source>Signals from the meeting</source>
        <translation>Signalen uit het gesprek</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/at_table.py" line="66"/>
        <location filename="../../nlinkoop/ui/window/main_window.py" line="670"/>
        <source>&amp;At the table</source>
        <translation>&amp;Aan tafel</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/at_table.py" line="69"/>
        <source>The meeting screen: the plan at a glance, and the log</source>
        <translation>Het scherm voor het gesprek: het plan in één oogopslag, en het logboek</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/at_table.py" line="80"/>
        <source>Choose a preparation first.</source>
        <translation>Kies eerst een voorbereiding.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/at_table.py" line="132"/>
        <source>The reflection is drafted from meeting {n}: check it and add the lesson.</source>
        <translation>De reflectie is ingevuld vanuit gesprek {n}: controleer haar en vul de les aan.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/at_table.py" line="135"/>
        <source>The reflection was filled in already; nothing was overwritten.</source>
        <translation>De reflectie was al ingevuld; er is niets overschreven.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/at_table.py" line="159"/>
        <source>Save meeting report</source>
        <translation>Gespreksverslag opslaan</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/at_table.py" line="164"/>
        <source>The report&apos;s text is on the clipboard.</source>
        <translation>De tekst van het verslag staat op het klembord.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/at_table.py" line="171"/>
        <source>Report not saved</source>
        <translation>Verslag niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/at_table.py" line="177"/>
        <source>Report saved in {name}; its text is on the clipboard.</source>
        <translation>Verslag opgeslagen in {name}; de tekst staat op het klembord.</translation>
    </message>
</context>
<context>
    <name>AwardChart</name>
    <message>
        <location filename="../../nlinkoop/ui/widgets/award_chart.py" line="36"/>
        <location filename="../../nlinkoop/ui/widgets/award_chart.py" line="51"/>
        <source>winner</source>
        <translation>winnaar</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/award_chart.py" line="38"/>
        <source>Who would win</source>
        <translation>Wie zou winnen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/award_chart.py" line="51"/>
        <source>shared first place</source>
        <translation>gedeelde eerste plaats</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/award_chart.py" line="111"/>
        <source>Enter sample tenders with a price to see who would win.</source>
        <translation>Vul voorbeeldinschrijvingen met een prijs in om te zien wie zou winnen.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/award_chart.py" line="116"/>
        <source>Total points (the most wins)</source>
        <translation>Totaal aantal punten (de hoogste wint)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/award_chart.py" line="118"/>
        <source>Fictive price (the lowest wins)</source>
        <translation>Fictieve prijs (de laagste wint)</translation>
    </message>
</context>
<context>
    <name>AwardReport</name>
    <message>
        <location filename="../../nlinkoop/cli/award_labels.py" line="13"/>
        <source>{title}: no award model filled in.</source>
        <translation>{title}: geen gunningsmodel ingevuld.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/cli/award_labels.py" line="14"/>
        <source>{title}: no sample tenders with a price.</source>
        <translation>{title}: geen voorbeeldinschrijvingen met een prijs.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/cli/award_labels.py" line="15"/>
        <source>Award model</source>
        <translation>Gunningsmodel</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/cli/award_labels.py" line="16"/>
        <source>points</source>
        <translation>punten</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/cli/award_labels.py" line="17"/>
        <source>Gunnen op Waarde (quality in euros off the price; the lowest fictive price wins)</source>
        <translation>Gunnen op Waarde (kwaliteit in euro&apos;s van de prijs af; de laagste fictieve prijs wint)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/cli/award_labels.py" line="21"/>
        <source>{points} price points</source>
        <translation>{points} prijspunten</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/cli/award_labels.py" line="22"/>
        <source>no price points</source>
        <translation>geen prijspunten</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/cli/award_labels.py" line="23"/>
        <source>relative price formula</source>
        <translation>relatieve prijsformule</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/cli/award_labels.py" line="24"/>
        <source>linear price formula</source>
        <translation>lineaire prijsformule</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/cli/award_labels.py" line="25"/>
        <source>reference price {euro}</source>
        <translation>referentieprijs {euro}</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/cli/award_labels.py" line="26"/>
        <source>no reference price (twice the lowest price)</source>
        <translation>geen referentieprijs (tweemaal de laagste prijs)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/cli/award_labels.py" line="27"/>
        <source>Quality criteria</source>
        <translation>Kwaliteitscriteria</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/cli/award_labels.py" line="28"/>
        <source>Criterion</source>
        <translation>Criterium</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/cli/award_labels.py" line="29"/>
        <source>Criterion {number}</source>
        <translation>Criterium {number}</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/cli/award_labels.py" line="30"/>
        <source>Points</source>
        <translation>Punten</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/cli/award_labels.py" line="31"/>
        <source>Euro value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/cli/award_labels.py" line="32"/>
        <source>Wish</source>
        <translation>Wens</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/cli/award_labels.py" line="33"/>
        <source>Wish {number}</source>
        <translation>Wens {number}</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/cli/award_labels.py" line="34"/>
        <source>(removed wish)</source>
        <translation>(verwijderde wens)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/cli/award_labels.py" line="35"/>
        <source>1 point is worth {euro} (sample prices {lowest} to {highest}).</source>
        <translation>1 punt is {euro} waard (voorbeeldprijzen {lowest} tot {highest}).</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/cli/award_labels.py" line="38"/>
        <source>1 point is worth {low} at the lowest price to {high} at the highest (sample prices {lowest} to {highest}).</source>
        <translation>1 punt is {low} waard bij de laagste prijs tot {high} bij de hoogste (voorbeeldprijzen {lowest} tot {highest}).</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/cli/award_labels.py" line="43"/>
        <source>Enter the price points to see what one point is worth.</source>
        <translation>Vul de prijspunten in om te zien wat één punt waard is.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/cli/award_labels.py" line="46"/>
        <source>Ranking</source>
        <translation>Rangorde</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/cli/award_labels.py" line="47"/>
        <source>Rank</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/cli/award_labels.py" line="48"/>
        <source>Tender</source>
        <translation>Inschrijving</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/cli/award_labels.py" line="49"/>
        <source>Tender {number}</source>
        <translation>Inschrijving {number}</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/cli/award_labels.py" line="50"/>
        <source>Price</source>
        <translation>Prijs</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/cli/award_labels.py" line="51"/>
        <source>Price points</source>
        <translation>Prijspunten</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/cli/award_labels.py" line="52"/>
        <source>Quality points</source>
        <translation>Kwaliteitspunten</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/cli/award_labels.py" line="53"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/cli/award_labels.py" line="54"/>
        <source>Scored on quality</source>
        <translation>Gescoord op kwaliteit</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/cli/award_labels.py" line="55"/>
        <source>Fictive price</source>
        <translation>Fictieve prijs</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/cli/award_labels.py" line="56"/>
        <source>Wishes (amounts over the whole term)</source>
        <translation>Wensen (bedragen over de hele looptijd)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/cli/award_labels.py" line="57"/>
        <source>{points} × {euro} per point = {worth}</source>
        <translation>{points} × {euro} per punt = {worth}</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/cli/award_labels.py" line="58"/>
        <source>points or euro per point not filled in</source>
        <translation>punten of euro per punt niet ingevuld</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/cli/award_labels.py" line="59"/>
        <source>cost to score {euro}</source>
        <translation>kosten om te scoren {euro}</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/cli/award_labels.py" line="60"/>
        <source>cost to score not filled in</source>
        <translation>kosten om te scoren niet ingevuld</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/cli/award_labels.py" line="61"/>
        <source>Does the wish change the winner?</source>
        <translation>Verandert de wens de winnaar?</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/cli/award_labels.py" line="62"/>
        <source>{wish} ({criterion}): with the wish {winner} wins ({price}), without it {other} ({other_price}): {difference}.</source>
        <translation>{wish} ({criterion}): met de wens wint {winner} ({price}), zonder de wens {other} ({other_price}): {difference}.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/cli/award_labels.py" line="67"/>
        <source>{euro} more</source>
        <translation>{euro} meer</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/cli/award_labels.py" line="68"/>
        <source>{euro} less</source>
        <translation>{euro} minder</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/cli/award_labels.py" line="69"/>
        <source>at the same price</source>
        <translation>tegen dezelfde prijs</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/cli/award_labels.py" line="70"/>
        <source>{wish} ({criterion}): {winner} wins with and without the wish; no extra cost.</source>
        <translation>{wish} ({criterion}): {winner} wint met en zonder de wens; geen meerkosten.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/cli/award_labels.py" line="74"/>
        <source>{rank} (tie)</source>
        <translation>{rank} (gelijk)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/cli/award_labels.py" line="75"/>
        <source>Left out: {tender}, because {reason}.</source>
        <translation>Weggelaten: {tender}, want {reason}.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/cli/award_labels.py" line="76"/>
        <source>it has no price yet</source>
        <translation>er is nog geen prijs</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/cli/award_labels.py" line="77"/>
        <source>its price is below € 0</source>
        <translation>de prijs is lager dan € 0</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/cli/award_labels.py" line="78"/>
        <source>the relative formula cannot score a price of € 0 (it divides by it)</source>
        <translation>de relatieve formule kan een prijs van € 0 niet scoren (ze deelt erdoor)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/cli/award_labels.py" line="81"/>
        <source>the linear formula needs a reference price to score a price of € 0</source>
        <translation>de lineaire formule heeft een referentieprijs nodig om een prijs van € 0 te scoren</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/cli/award_labels.py" line="84"/>
        <source>scoring fully on it weighs as much as a price difference of {euro}</source>
        <translation>volledig hierop scoren weegt even zwaar als een prijsverschil van {euro}</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/cli/award_labels.py" line="87"/>
        <source>scoring fully on it weighs as much as a price difference of {low} to {high}</source>
        <translation>volledig hierop scoren weegt even zwaar als een prijsverschil van {low} tot {high}</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/cli/award_labels.py" line="91"/>
        <source>scoring on it takes up to {euro} off the price</source>
        <translation>scoren hierop haalt tot {euro} van de prijs af</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/cli/award_labels.py" line="94"/>
        <source>{wish} ({criterion}): a tie between {tenders}, with and without the wish.</source>
        <translation>{wish} ({criterion}): gelijkspel tussen {tenders}, met en zonder de wens.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/cli/award_labels.py" line="97"/>
        <source>{wish} ({criterion}): with the wish a tie between {tenders}; without it a tie between {others}.</source>
        <translation>{wish} ({criterion}): met de wens gelijkspel tussen {tenders}; zonder de wens gelijkspel tussen {others}.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/cli/award_labels.py" line="102"/>
        <source>{wish} ({criterion}): with the wish a tie between {tenders}; without it {other} wins ({other_price}).</source>
        <translation>{wish} ({criterion}): met de wens gelijkspel tussen {tenders}; zonder de wens wint {other} ({other_price}).</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/cli/award_labels.py" line="107"/>
        <source>{wish} ({criterion}): without the wish a tie between {others}; with it {winner} wins ({price}).</source>
        <translation>{wish} ({criterion}): zonder de wens gelijkspel tussen {others}; met de wens wint {winner} ({price}).</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/cli/award_labels.py" line="112"/>
        <source>{names} and {last}</source>
        <translation>{names} en {last}</translation>
    </message>
</context>
<context>
    <name>AwardResults</name>
    <message>
        <location filename="../../nlinkoop/ui/widgets/award_results.py" line="37"/>
        <source>it has no price yet</source>
        <translation>er is nog geen prijs</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/award_results.py" line="38"/>
        <source>its price is below € 0</source>
        <translation>de prijs is lager dan € 0</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/award_results.py" line="39"/>
        <source>the relative formula cannot score a price of € 0 (it divides by it)</source>
        <translation>de relatieve formule kan een prijs van € 0 niet scoren (ze deelt erdoor)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/award_results.py" line="42"/>
        <source>the linear formula needs a reference price to score a price of € 0</source>
        <translation>de lineaire formule heeft een referentieprijs nodig om een prijs van € 0 te scoren</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/award_results.py" line="79"/>
        <source>Ranking of the sample tenders</source>
        <translation>Rangorde van de voorbeeldinschrijvingen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/award_results.py" line="104"/>
        <source>Tender {number}</source>
        <translation>Inschrijving {number}</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/award_results.py" line="128"/>
        <source>Wish {number}</source>
        <translation>Wens {number}</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/award_results.py" line="133"/>
        <source>Gunnen op Waarde: each criterion is worth its own amount in euros, and a tender&apos;s fictive price is its price minus what it scored.</source>
        <translation>Gunnen op Waarde: elk criterium is een eigen bedrag in euro&apos;s waard, en de fictieve prijs van een inschrijving is de prijs min wat die scoorde.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/award_results.py" line="137"/>
        <source>Enter the price points to see what one point is worth.</source>
        <translation>Vul de prijspunten in om te zien wat één punt waard is.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/award_results.py" line="140"/>
        <source>Enter sample tenders with a price to see what one point is worth.</source>
        <translation>Vul voorbeeldinschrijvingen met een prijs in om te zien wat één punt waard is.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/award_results.py" line="142"/>
        <source>1 point is worth {euro}.</source>
        <translation>1 punt is {euro} waard.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/award_results.py" line="144"/>
        <source>1 point is worth {low} to {high}, from the lowest to the highest sample price.</source>
        <translation>1 punt is {low} tot {high} waard, van de laagste tot de hoogste voorbeeldprijs.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/award_results.py" line="148"/>
        <source>Left out: {tender}, because {reason}.</source>
        <translation>Weggelaten: {tender}, want {reason}.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/award_results.py" line="165"/>
        <source>{wish}: scoring on it takes up to {euros} off the price.</source>
        <translation>{wish}: wie erop scoort, krijgt tot {euros} van de prijs af.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/award_results.py" line="169"/>
        <source>{wish}: scoring fully on it weighs as much as a price difference of {euros}.</source>
        <translation>{wish}: volledig hierop scoren weegt even zwaar als een prijsverschil van {euros}.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/award_results.py" line="173"/>
        <source>{wish}: scoring fully on it weighs as much as a price difference of {low} to {high}.</source>
        <translation>{wish}: volledig hierop scoren weegt even zwaar als een prijsverschil van {low} tot {high}.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/award_results.py" line="227"/>
        <source>{wish}: a tie between {tenders}, with and without the wish.</source>
        <translation>{wish}: gelijkspel tussen {tenders}, met en zonder de wens.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/award_results.py" line="230"/>
        <source>{wish}: with the wish a tie between {tenders}; without it a tie between {others}.</source>
        <translation>{wish}: met de wens gelijkspel tussen {tenders}; zonder de wens gelijkspel tussen {others}.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/award_results.py" line="236"/>
        <source>{wish}: with the wish a tie between {tenders}; without it {tender} wins.</source>
        <translation>{wish}: met de wens gelijkspel tussen {tenders}; zonder de wens wint {tender}.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/award_results.py" line="239"/>
        <source>{wish}: without this wish a tie between {tenders}; with it {tender} wins.</source>
        <translation>{wish}: zonder deze wens gelijkspel tussen {tenders}; met de wens wint {tender}.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/award_results.py" line="247"/>
        <source>{names} and {last}</source>
        <translation>{names} en {last}</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/award_results.py" line="177"/>
        <source>We value it at {worth}.</source>
        <translation>Wij waarderen de wens op {worth}.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/award_results.py" line="198"/>
        <source>{wish}: the wish does not change the winner.</source>
        <translation>{wish}: de wens verandert de winnaar niet.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/award_results.py" line="205"/>
        <source>{wish}: without this wish {tender} wins; with the wish it costs {euros} more.</source>
        <translation>{wish}: zonder deze wens wint {tender}; met de wens kost het {euros} meer.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/award_results.py" line="209"/>
        <source>{wish}: without this wish {tender} wins; with the wish it costs {euros} less.</source>
        <translation>{wish}: zonder deze wens wint {tender}; met de wens kost het {euros} minder.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/award_results.py" line="212"/>
        <source>{wish}: without this wish {tender} wins, at the same price.</source>
        <translation>{wish}: zonder deze wens wint {tender}, tegen dezelfde prijs.</translation>
    </message>
</context>
<context>
    <name>BasicsTab</name>
    <message>
        <location filename="../../nlinkoop/ui/tabs/basics_tab.py" line="49"/>
        <source>Basics</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/basics_tab.py" line="53"/>
        <source>Start with the facts of the meeting: with whom, when, where and who sits at the table. In a public purchase, also record the procedure: it decides how much room there is to talk or negotiate. Agree beforehand who leads and what you may agree to on the spot, so nobody has to improvise at the table.</source>
        <translation>Begin met de feiten van het gesprek: met wie, wanneer, waar en wie er aan tafel zitten. Bij een publieke inkoop leg je ook de procedure vast: die bepaalt hoeveel ruimte er is om te praten of te onderhandelen. Spreek vooraf af wie het gesprek leidt en wat je ter plekke mag toezeggen, zodat niemand aan tafel hoeft te improviseren.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/basics_tab.py" line="61"/>
        <source>Meeting</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/basics_tab.py" line="62"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/basics_tab.py" line="63"/>
        <source>Supplier</source>
        <translation>Leverancier</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/basics_tab.py" line="66"/>
        <source>Our organisation</source>
        <translation>Onze organisatie</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/basics_tab.py" line="67"/>
        <source>Meeting date</source>
        <translation>Datum van het gesprek</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/basics_tab.py" line="69"/>
        <source>Start time</source>
        <translation>Begintijd</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/basics_tab.py" line="71"/>
        <source>End time</source>
        <translation>Eindtijd</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/basics_tab.py" line="74"/>
        <source>from</source>
        <translation>van</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/basics_tab.py" line="74"/>
        <source>until</source>
        <translation>tot</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/basics_tab.py" line="80"/>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/basics_tab.py" line="83"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/basics_tab.py" line="87"/>
        <source>Who attends (both sides)</source>
        <translation>Wie zijn er bij (beide kanten)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/basics_tab.py" line="92"/>
        <source>Assignment and context</source>
        <translation>Opdracht en context</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/basics_tab.py" line="93"/>
        <source>Internal client</source>
        <translation>Interne klant</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/basics_tab.py" line="94"/>
        <source>Context</source>
        <translation>Context</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/basics_tab.py" line="95"/>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/basics_tab.py" line="97"/>
        <source>Contract value</source>
        <translation>Contractwaarde</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/basics_tab.py" line="100"/>
        <source>What you buy</source>
        <translation>Wat je inkoopt</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/basics_tab.py" line="101"/>
        <source>Who buys</source>
        <translation>Wie inkoopt</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/basics_tab.py" line="105"/>
        <source>Value includes options</source>
        <translation>Waarde inclusief opties</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/basics_tab.py" line="109"/>
        <source>Contract term (months)</source>
        <translation>Looptijd (maanden)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/basics_tab.py" line="114"/>
        <source>Team and mandate</source>
        <translation>Team en mandaat</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/basics_tab.py" line="115"/>
        <source>Who leads the meeting</source>
        <translation>Wie leidt het gesprek</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/basics_tab.py" line="116"/>
        <source>Who decides</source>
        <translation>Wie beslist</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/basics_tab.py" line="117"/>
        <source>What we may agree to on the spot</source>
        <translation>Wat we ter plekke mogen toezeggen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/basics_tab.py" line="118"/>
        <source>Who approves afterwards</source>
        <translation>Wie keurt achteraf goed</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/basics_tab.py" line="119"/>
        <source>Rules of conduct (integrity)</source>
        <translation>Gedragsregels (integriteit)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/basics_tab.py" line="120"/>
        <source>Our team</source>
        <translation>Ons team</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/basics_tab.py" line="147"/>
        <source>Portfolio position</source>
        <translation>Portfoliopositie</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/basics_tab.py" line="151"/>
        <source>What this means for the meeting</source>
        <translation>Wat dit betekent voor het gesprek</translation>
    </message>
</context>
<context>
    <name>Briefing</name>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="37"/>
        <source>Monday</source>
        <translation>maandag</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="38"/>
        <source>Tuesday</source>
        <translation>dinsdag</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="39"/>
        <source>Wednesday</source>
        <translation>woensdag</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="40"/>
        <source>Thursday</source>
        <translation>donderdag</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="41"/>
        <source>Friday</source>
        <translation>vrijdag</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="42"/>
        <source>Saturday</source>
        <translation>zaterdag</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="43"/>
        <source>Sunday</source>
        <translation>zondag</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="46"/>
        <source>January</source>
        <translation>januari</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="47"/>
        <source>February</source>
        <translation>februari</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="48"/>
        <source>March</source>
        <translation>maart</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="49"/>
        <source>April</source>
        <translation>april</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="50"/>
        <source>May</source>
        <translation>mei</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="51"/>
        <source>June</source>
        <translation>juni</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="52"/>
        <source>July</source>
        <translation>juli</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="53"/>
        <source>August</source>
        <translation>augustus</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="54"/>
        <source>September</source>
        <translation>september</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="55"/>
        <source>October</source>
        <translation>oktober</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="56"/>
        <source>November</source>
        <translation>november</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="57"/>
        <source>December</source>
        <translation>december</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="70"/>
        <source>worth it</source>
        <translation>de moeite waard</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="71"/>
        <source>in doubt whether it is worth it</source>
        <translation>twijfel of het de moeite waard is</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="72"/>
        <source>not worth it</source>
        <translation>niet de moeite waard</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="75"/>
        <source>room to negotiate</source>
        <translation>ruimte om te onderhandelen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="76"/>
        <source>limited room: a dialogue</source>
        <translation>beperkte ruimte: een dialoog</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="77"/>
        <source>room depends on your own policy</source>
        <translation>ruimte hangt af van je eigen inkoopbeleid</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="78"/>
        <source>no negotiation, only clarification</source>
        <translation>niet onderhandelen, alleen verduidelijken</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="81"/>
        <source>Advise at the front: the specifications, the requirements, the award criteria.</source>
        <translation>Adviseer aan de voorkant: het bestek, de eisen, de gunningscriteria.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="84"/>
        <source>Build trust with the internal client and other stakeholders.</source>
        <translation>Bouw vertrouwen op met de interne klant en andere belanghebbenden.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="85"/>
        <source>Make the difference in the quality of the request.</source>
        <translation>Maak het verschil met de kwaliteit van de uitvraag.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="86"/>
        <source>This conversation explores or clarifies: promise nothing on price or award.</source>
        <translation>Dit gesprek verkent of verduidelijkt: zeg niets toe over prijs of gunning.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="91"/>
        <source>Vital to us, small to them: expect little priority.</source>
        <translation>Voor ons essentieel, voor hen klein: verwacht weinig voorrang.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="94"/>
        <source>Vital to us, and they may use that: know your alternative.</source>
        <translation>Voor ons essentieel, en zij kunnen dat uitbuiten: ken je alternatief.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="97"/>
        <source>They need us more than we need them: use the room, don&apos;t squeeze.</source>
        <translation>Zij hebben ons meer nodig dan wij hen: gebruik die ruimte, zonder uit te knijpen.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="102"/>
        <source>Ours</source>
        <translation>Ons alternatief</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="103"/>
        <source>Theirs (our estimate)</source>
        <translation>Hun alternatief (onze inschatting)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="117"/>
        <source>en</source>
        <translation>nl</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="119"/>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="120"/>
        <source>Untitled preparation</source>
        <translation>Voorbereiding zonder titel</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="121"/>
        <source>date not set</source>
        <translation>datum nog niet bekend</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="122"/>
        <source>Attending</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="123"/>
        <source>us</source>
        <translation>wij</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="124"/>
        <source>them</source>
        <translation>zij</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="125"/>
        <source>Context</source>
        <translation>Context</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="126"/>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="127"/>
        <source>Internal client</source>
        <translation>Interne klant</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="129"/>
        <source>Opening statement</source>
        <translation>Opening</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="130"/>
        <source>What we come to do</source>
        <translation>Wat we komen doen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="131"/>
        <source>What we come to get</source>
        <translation>Wat we komen halen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="132"/>
        <source>Key interests</source>
        <translation>Belangen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="133"/>
        <source>Uncertainties to name</source>
        <translation>Onzekerheden om te benoemen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="134"/>
        <source>how we name it</source>
        <translation>zo benoemen we het</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="135"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="136"/>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="137"/>
        <source>Topics and trade-offs</source>
        <translation>Onderwerpen en uitruil</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="138"/>
        <source>hope for</source>
        <translation>hoop</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="139"/>
        <source>enough</source>
        <translation>genoeg</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="140"/>
        <source>if you</source>
        <translation>als jullie</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="141"/>
        <source>then we</source>
        <translation>dan wij</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="142"/>
        <source>Alternatives</source>
        <translation>Alternatieven</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="143"/>
        <source>to improve</source>
        <translation>verbeteren</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="144"/>
        <source>The one wish</source>
        <translation>De ene wens</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="145"/>
        <source>Enough (the achievable 6)</source>
        <translation>Genoeg (de haalbare 6)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="146"/>
        <source>Aspiration (the 7.5)</source>
        <translation>Ambitie (de 7,5)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="147"/>
        <source>This wish decides the award: {winner} wins; without it {other}, {cost} cheaper.</source>
        <translation>Deze wens beslist de gunning: {winner} wint; zonder de wens {other}, {cost} goedkoper.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="151"/>
        <source>With or without this wish, {winner} wins.</source>
        <translation>Met of zonder deze wens wint {winner}.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="154"/>
        <source>Positioning, not negotiating</source>
        <translation>Positioneren, niet onderhandelen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="155"/>
        <source>This procedure leaves nothing to negotiate: we position.</source>
        <translation>In deze procedure valt niets te onderhandelen: wij positioneren.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="160"/>
        <source>{points} × {per_point} per point = {worth}</source>
        <translation>{points} × {per_point} per punt = {worth}</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="161"/>
        <source>costs {cost} to score</source>
        <translation>scoren kost {cost}</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="162"/>
        <source>More than one wish ({n} in all): temper to one</source>
        <translation>Meer dan één wens ({n} in totaal): beperk tot één</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="165"/>
        <source>carried over from an earlier tender</source>
        <translation>overgenomen uit een eerdere aanbesteding</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="166"/>
        <source>Relational principles: my actions</source>
        <translation>Relationele principes: wat ik doe</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="167"/>
        <source>Under pressure</source>
        <translation>Bij druk</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="168"/>
        <source>Red lines</source>
        <translation>Rode lijnen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="169"/>
        <source>My pitch</source>
        <translation>Mijn inkooppitch</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="170"/>
        <source>Portfolio position</source>
        <translation>Portfoliopositie</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="171"/>
        <source>For us (Kraljic)</source>
        <translation>Voor ons (Kraljic)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="172"/>
        <source>How they see us</source>
        <translation>Hoe zij ons zien</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="174"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="175"/>
        <source>Made</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="176"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="177"/>
        <source>Last change</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="178"/>
        <source>… more in workbook</source>
        <translation>… meer in werkboek</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/labels.py" line="179"/>
        <source>Header</source>
        <translation>Kop</translation>
    </message>
</context>
<context>
    <name>BriefingDock</name>
    <message>
        <location filename="../../nlinkoop/ui/window/briefing_preview.py" line="324"/>
        <source>Briefing preview</source>
        <translation>Voorbeeld briefing</translation>
    </message>
</context>
<context>
    <name>BriefingMaker</name>
    <message>
        <location filename="../../nlinkoop/ui/window/briefing.py" line="79"/>
        <source>Untitled</source>
        <translation>Naamloos</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/briefing.py" line="86"/>
        <source>.</source>
        <comment>decimal separator</comment>
        <translation>,</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/briefing.py" line="107"/>
        <source>Save briefing</source>
        <translation>Briefing opslaan</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/briefing.py" line="170"/>
        <source>Briefing saved in {name}</source>
        <translation>Briefing opgeslagen in {name}</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/briefing.py" line="175"/>
        <source>no program found to open it</source>
        <translation>geen programma gevonden om het te openen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/briefing.py" line="181"/>
        <source>Briefing not saved</source>
        <translation>Briefing niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/briefing.py" line="192"/>
        <source>an unexpected error ({name})</source>
        <translation>een onverwachte fout ({name})</translation>
    </message>
</context>
<context>
    <name>BriefingPreview</name>
    <message>
        <location filename="../../nlinkoop/ui/window/briefing_preview.py" line="81"/>
        <source>Briefing page</source>
        <translation>Briefingpagina</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/briefing_preview.py" line="121"/>
        <source>Smaller (-)</source>
        <translation>Kleiner (-)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/briefing_preview.py" line="122"/>
        <source>Larger (+)</source>
        <translation>Groter (+)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/briefing_preview.py" line="124"/>
        <source>Fit width</source>
        <translation>Paginabreedte</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/briefing_preview.py" line="124"/>
        <source>Fit the page to the width (Ctrl+0)</source>
        <translation>Maak de pagina zo breed als het paneel (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/briefing_preview.py" line="129"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/briefing_preview.py" line="204"/>
        <source>No preparation selected.</source>
        <translation>Geen voorbereiding gekozen.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/briefing_preview.py" line="207"/>
        <source>Making the preview...</source>
        <translation>Voorbeeld wordt gemaakt…</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/briefing_preview.py" line="297"/>
        <source>Font size {size} pt</source>
        <translation>Lettergrootte {size} pt</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/briefing_preview.py" line="298"/>
        <source>all fits</source>
        <translation>alles past</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/briefing_preview.py" line="304"/>
        <source>an unexpected error ({name})</source>
        <translation>een onverwachte fout ({name})</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/briefing_preview.py" line="307"/>
        <source>No preview: {reason}</source>
        <translation>Geen voorbeeld: {reason}</translation>
    </message>
</context>
<context>
    <name>CapacityTab</name>
    <message>
        <location filename="../../nlinkoop/ui/tabs/capacity_tab.py" line="61"/>
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/capacity_tab.py" line="66"/>
        <source>In this procedure there is nothing to negotiate: your strength shows in the quality of the request. Put your preparation into the front of the process: specifications that say what is really needed, requirements that are proportionate, award criteria that reward real value, and internal stakeholders who trust you and agree on it. Know the market and the real costs, so the request asks what suppliers can deliver. With suppliers you consult the market or clarify; you do not negotiate.</source>
        <translation>In deze procedure valt niets te onderhandelen: je kracht zit in de kwaliteit van de uitvraag. Steek je voorbereiding in de voorkant van het proces: een bestek dat zegt wat echt nodig is, eisen die proportioneel zijn, gunningscriteria die echte waarde belonen, en interne belanghebbenden die je vertrouwen en erachter staan. Ken de markt en de echte kosten, zodat de uitvraag vraagt wat leveranciers kunnen leveren. Met leveranciers consulteer je de markt of verduidelijk je; je onderhandelt niet.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/capacity_tab.py" line="75"/>
        <source>Courage without substance is a gamble. Map the playing field, the real costs, the policy goals and what the deal asks in the long run. Know your own alternative, so fear does not steer you. And prepare yourself: reflect, spar with a colleague, read, train.</source>
        <translation>Lef zonder onderbouwing is een gok. Breng het speelveld in kaart, de echte kosten, de beleidsdoelen en wat de deal op lange termijn vraagt. Ken je eigen alternatief, zodat angst je niet stuurt. En bereid jezelf voor: reflecteer, spar met een collega, lees, train.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/capacity_tab.py" line="85"/>
        <source>The deal</source>
        <translation>De opdracht</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/capacity_tab.py" line="87"/>
        <source>Playing field</source>
        <translation>Speelveld</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/capacity_tab.py" line="90"/>
        <source>Real cost structure</source>
        <translation>Echte kostenopbouw</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/capacity_tab.py" line="93"/>
        <source>Policy goals</source>
        <translation>Beleidsdoelen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/capacity_tab.py" line="95"/>
        <source>What the deal asks in the long run</source>
        <translation>Wat de deal op lange termijn vraagt</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/capacity_tab.py" line="97"/>
        <source>Alternatives and topics</source>
        <translation>Alternatieven en onderwerpen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/capacity_tab.py" line="101"/>
        <source>Alternatives to an agreement</source>
        <translation>Alternatieven zonder akkoord</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/capacity_tab.py" line="106"/>
        <source>Topics</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/capacity_tab.py" line="108"/>
        <source>My own preparation</source>
        <translation>Mijn eigen voorbereiding</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/capacity_tab.py" line="110"/>
        <source>Reflect, spar, read, train</source>
        <translation>Reflecteren, sparren, lezen, trainen</translation>
    </message>
</context>
<context>
    <name>CellTable</name>
    <message>
        <location filename="../../nlinkoop/ui/widgets/cell_table.py" line="114"/>
        <source>Empty. Press Insert or click Add to add a row.</source>
        <translation>Leeg. Druk op Insert of klik op Toevoegen voor een nieuwe rij.</translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <location filename="../../nlinkoop/ui/tabs/checklist_tab.py" line="33"/>
        <source>Relational or transactional</source>
        <translation>Relationeel of transactioneel</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/checklist_tab.py" line="37"/>
        <source>Old habits creep in under pressure. Check honestly for each transactional pattern whether you risk falling into it, and decide now what you will do instead. For each relational principle, write one concrete thing you will do. The three questions help at the moment the pressure rises; your red lines say where you stop.</source>
        <translation>Onder druk sluipen oude gewoonten er weer in. Ga per transactioneel patroon eerlijk na of je het risico loopt erin te vallen, en besluit nu wat je in plaats daarvan doet. Schrijf per relationeel principe één concrete actie op. De drie vragen helpen op het moment dat de druk oploopt; je rode lijnen zeggen waar je stopt.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/checklist_tab.py" line="44"/>
        <source>Transactional patterns to recognise</source>
        <translation>Transactionele patronen om te herkennen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/checklist_tab.py" line="48"/>
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/checklist_tab.py" line="49"/>
        <source>risk</source>
        <translation>risico</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/checklist_tab.py" line="50"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/checklist_tab.py" line="51"/>
        <source>why</source>
        <translation>waarom</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/checklist_tab.py" line="52"/>
        <source>Instead I will</source>
        <translation>In plaats daarvan</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/checklist_tab.py" line="53"/>
        <source>instead</source>
        <translation>in plaats daarvan</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/checklist_tab.py" line="55"/>
        <source>Relational principles to practise</source>
        <translation>Relationele principes om toe te passen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/checklist_tab.py" line="59"/>
        <source>My action</source>
        <translation>Mijn actie</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/checklist_tab.py" line="60"/>
        <source>my action</source>
        <translation>mijn actie</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/checklist_tab.py" line="62"/>
        <source>Three questions when the pressure rises</source>
        <translation>Drie vragen als de druk oploopt</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/checklist_tab.py" line="66"/>
        <source>My answer</source>
        <translation>Mijn antwoord</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/checklist_tab.py" line="67"/>
        <source>my answer</source>
        <translation>mijn antwoord</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/checklist_tab.py" line="69"/>
        <source>My red lines</source>
        <translation>Mijn rode lijnen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/checklist_tab.py" line="71"/>
        <source>Where I stop</source>
        <translation>Waar ik stop</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/checklist_tab.py" line="80"/>
        <source>{name}: {meaning}</source>
        <translation>{name}: {meaning}</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/checklist_tab.py" line="95"/>
        <source>{name}: {field}</source>
        <translation>{name}: {field}</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/checklist_tab.py" line="100"/>
        <source>{question} {text}</source>
        <translation>{question} {text}</translation>
    </message>
</context>
<context>
    <name>EarlierLessonsPanel</name>
    <message>
        <location filename="../../nlinkoop/ui/widgets/earlier_lessons.py" line="30"/>
        <location filename="../../nlinkoop/ui/widgets/earlier_lessons.py" line="36"/>
        <source>Learned before with this supplier</source>
        <translation>Eerder geleerd bij deze leverancier</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/earlier_lessons.py" line="90"/>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/earlier_lessons.py" line="94"/>
        <source>Did not go well: {text}</source>
        <translation>Ging niet goed: {text}</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/earlier_lessons.py" line="96"/>
        <source>Went well: {text}</source>
        <translation>Ging goed: {text}</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/earlier_lessons.py" line="99"/>
        <source>{title} ({colleague})</source>
        <translation>{title} ({colleague})</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/earlier_lessons.py" line="100"/>
        <source>{date} - {title}: {lesson}</source>
        <translation>{date} - {title}: {lesson}</translation>
    </message>
</context>
<context>
    <name>FieldBinder</name>
    <message>
        <location filename="../../nlinkoop/ui/binding.py" line="225"/>
        <source>Enter an amount such as 1.250,50</source>
        <translation>Vul een bedrag in, zoals 1.250,50</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/binding.py" line="230"/>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/binding.py" line="231"/>
        <source>Enter a date as dd-mm-yyyy</source>
        <translation>Vul een datum in als dd-mm-jjjj</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/binding.py" line="236"/>
        <source>hh:mm</source>
        <translation>uu:mm</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/binding.py" line="237"/>
        <source>Enter a time as hh:mm</source>
        <translation>Vul een tijd in als uu:mm</translation>
    </message>
</context>
<context>
    <name>FontLicenceDialog</name>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/about_dialog.py" line="140"/>
        <source>Licence of the DejaVu fonts</source>
        <translation>Licentie van de DejaVu-lettertypen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/about_dialog.py" line="149"/>
        <source>The licence file could not be read ({detail}).</source>
        <translation>Het licentiebestand kon niet worden gelezen ({detail}).</translation>
    </message>
</context>
<context>
    <name>GuidanceBox</name>
    <message>
        <location filename="../../nlinkoop/ui/widgets/guidance.py" line="22"/>
        <source>Guidance</source>
        <translation>Uitleg</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/guidance.py" line="29"/>
        <source>Show or hide the guidance</source>
        <translation>Uitleg tonen of verbergen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/guidance.py" line="64"/>
        <source>Hide the guidance</source>
        <translation>Uitleg verbergen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/guidance.py" line="66"/>
        <source>Show the guidance</source>
        <translation>Uitleg tonen</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/identity_dialog.py" line="40"/>
        <source>Welcome to nlinkoop</source>
        <translation>Welkom bij nlinkoop</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/identity_dialog.py" line="40"/>
        <source>Your name and organisation</source>
        <translation>Je naam en organisatie</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/identity_dialog.py" line="44"/>
        <source>Who are you? Your colleagues see your name beside your changes, in your pitch and on the briefing. You can change it later under Settings.</source>
        <translation>Wie ben je? Je collega&apos;s zien je naam bij je wijzigingen, in je pitch en op de briefing. Je kunt het later wijzigen onder Instellingen.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/identity_dialog.py" line="49"/>
        <source>Your colleagues see your name beside your changes, in your pitch and on the briefing. New preparations start with your organisation.</source>
        <translation>Je collega&apos;s zien je naam bij je wijzigingen, in je pitch en op de briefing. Nieuwe voorbereidingen beginnen met je organisatie.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/identity_dialog.py" line="56"/>
        <source>First and last name</source>
        <translation>Voor- en achternaam</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/identity_dialog.py" line="59"/>
        <source>Where you work (optional)</source>
        <translation>Waar je werkt (niet verplicht)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/identity_dialog.py" line="62"/>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/identity_dialog.py" line="63"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/identity_dialog.py" line="77"/>
        <source>Not now</source>
        <translation>Niet nu</translation>
    </message>
</context>
<context>
    <name>InterestsTab</name>
    <message>
        <location filename="../../nlinkoop/ui/tabs/interests_tab.py" line="51"/>
        <source>Interests &amp; uncertainties</source>
        <translation>Belangen &amp; onzekerheden</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/interests_tab.py" line="56"/>
        <source>Look past the price: what do the internal client, the users and the market want, and why? Name uncertainties openly, and say at the start what you come to do and what you come to get. In this procedure a conversation changes no tender: put what you learn into the request. Options for joint value and fair criteria belong in the specifications and the award criteria.</source>
        <translation>Kijk verder dan de prijs: wat willen de interne klant, de gebruikers en de markt, en waarom? Benoem onzekerheden open, en zeg aan het begin wat je komt doen en wat je komt halen. In deze procedure verandert een gesprek geen inschrijving: verwerk wat je leert in de uitvraag. Opties voor gezamenlijke waarde en eerlijke maatstaven horen in het bestek en de gunningscriteria.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/interests_tab.py" line="63"/>
        <source>Look past the price: what does each party want, and why? Uncertainties you name openly take pressure off the meeting. Start by saying what you come to do and what you come to get. Look for options that make the pie bigger, and for criteria both sides can accept as fair.</source>
        <translation>Kijk verder dan de prijs: wat wil elke partij, en waarom? Onzekerheden die je open benoemt, halen de druk van het gesprek. Zeg eerst wat je komt doen en wat je komt halen. Zoek naar opties die de koek groter maken, en naar maatstaven die beide kanten eerlijk vinden.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/interests_tab.py" line="70"/>
        <source>Interests and uncertainties</source>
        <translation>Belangen en onzekerheden</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/interests_tab.py" line="72"/>
        <source>Interests per party</source>
        <translation>Belangen per partij</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/interests_tab.py" line="75"/>
        <source>Uncertainties</source>
        <translation>Onzekerheden</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/interests_tab.py" line="78"/>
        <source>Opening statement</source>
        <translation>Openingszin</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/interests_tab.py" line="79"/>
        <source>What we come to do</source>
        <translation>Wat we komen doen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/interests_tab.py" line="80"/>
        <source>What we come to get</source>
        <translation>Wat we komen halen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/interests_tab.py" line="82"/>
        <source>Joint value</source>
        <translation>Samen waarde maken</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/interests_tab.py" line="84"/>
        <source>Options for joint value</source>
        <translation>Opties voor gezamenlijke waarde</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/interests_tab.py" line="87"/>
        <source>Objective criteria</source>
        <translation>Objectieve maatstaven</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/interests_tab.py" line="90"/>
        <source>Communication plan</source>
        <translation>Communicatieplan</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/interests_tab.py" line="94"/>
        <source>Questions we will ask</source>
        <translation>Vragen die we stellen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/interests_tab.py" line="102"/>
        <source>Information we share openly</source>
        <translation>Informatie die we open delen</translation>
    </message>
</context>
<context>
    <name>Learning</name>
    <message>
        <location filename="../../nlinkoop/ui/window/learning.py" line="43"/>
        <source>&amp;Learning log...</source>
        <translation>&amp;Leerlogboek...</translation>
    </message>
</context>
<context>
    <name>LearningLog</name>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/learning_log.py" line="130"/>
        <source>Learning log</source>
        <translation>Leerlogboek</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/learning_log.py" line="136"/>
        <source>What you learned after your meetings, newest first. Filter by supplier or any word; double-click a lesson to open its preparation.</source>
        <translation>Wat je na je gesprekken hebt geleerd, nieuwste eerst. Filter op leverancier of op een woord; dubbelklik op een les om de voorbereiding te openen.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/learning_log.py" line="143"/>
        <source>Filter: supplier or any word</source>
        <translation>Filter: leverancier of een woord</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/learning_log.py" line="144"/>
        <source>Filter the lessons</source>
        <translation>Lessen filteren</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/learning_log.py" line="150"/>
        <source>Lessons</source>
        <translation>Lessen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/learning_log.py" line="194"/>
        <source>No lessons yet. Fill in the Reflection tab after a meeting, and its lesson appears here.</source>
        <translation>Nog geen lessen. Vul na een gesprek het tabblad Reflectie in; de les verschijnt dan hier.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/learning_log.py" line="198"/>
        <source>No lesson matches {query}.</source>
        <translation>Geen les past bij {query}.</translation>
    </message>
</context>
<context>
    <name>LessonsTableModel</name>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/learning_log.py" line="33"/>
        <source>Held on</source>
        <translation>Gehouden op</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/learning_log.py" line="34"/>
        <source>Supplier</source>
        <translation>Leverancier</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/learning_log.py" line="35"/>
        <source>Preparation</source>
        <translation>Voorbereiding</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/learning_log.py" line="36"/>
        <source>Lesson</source>
        <translation>Les</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/learning_log.py" line="37"/>
        <source>Train next</source>
        <translation>Volgende keer trainen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/learning_log.py" line="40"/>
        <source>Opportunity</source>
        <translation>Gelegenheid</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/learning_log.py" line="41"/>
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/learning_log.py" line="42"/>
        <source>Motivation</source>
        <translation>Motivatie</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/learning_log.py" line="104"/>
        <source>{title} (meeting {n})</source>
        <translation>{title} (gesprek {n})</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/learning_log.py" line="106"/>
        <source>{title} - {colleague}</source>
        <translation>{title} - {colleague}</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../../nlinkoop/ui/widgets/list_editor.py" line="88"/>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/list_editor.py" line="89"/>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/list_editor.py" line="90"/>
        <source>Move &amp;up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/list_editor.py" line="91"/>
        <source>Move &amp;down</source>
        <translation>Om&amp;laag</translation>
    </message>
</context>
<context>
    <name>ListTableModel</name>
    <message>
        <location filename="../../nlinkoop/ui/models/list_model.py" line="193"/>
        <location filename="../../nlinkoop/ui/models/list_model.py" line="221"/>
        <source>Edit {column}</source>
        <translation>{column} wijzigen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/models/list_model.py" line="231"/>
        <source>Add row</source>
        <translation>Rij toevoegen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/models/list_model.py" line="253"/>
        <source>Remove rows</source>
        <translation>Rijen verwijderen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/models/list_model.py" line="262"/>
        <source>Move row</source>
        <translation>Rij verplaatsen</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/lock_dialog.py" line="40"/>
        <source>Workbook in use</source>
        <translation>Werkboek in gebruik</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/lock_dialog.py" line="50"/>
        <source>{name} is open on another computer or in another window.</source>
        <translation>{name} is geopend op een andere computer of in een ander venster.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/lock_dialog.py" line="59"/>
        <source>Opened by {user} on {host}, since {since}.</source>
        <translation>Geopend door {user} op {host}, sinds {since}.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/lock_dialog.py" line="67"/>
        <source>If you both edit it, one of you may have to merge later. Take over only when you are sure the other person is no longer working in it.</source>
        <translation>Als jullie het allebei bewerken, moet een van jullie later misschien samenvoegen. Neem het alleen over als je zeker weet dat de ander er niet meer in werkt.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/lock_dialog.py" line="73"/>
        <source>Open &amp;read-only</source>
        <translation>Openen als &amp;alleen-lezen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/lock_dialog.py" line="74"/>
        <source>Open a &amp;copy</source>
        <translation>Een &amp;kopie openen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/lock_dialog.py" line="75"/>
        <source>&amp;Edit anyway (take over the lock)</source>
        <translation>&amp;Toch bewerken (vergrendeling overnemen)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/lock_dialog.py" line="76"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../nlinkoop/ui/window/main_window.py" line="132"/>
        <location filename="../../nlinkoop/ui/window/main_window.py" line="259"/>
        <source>{name} - nlinkoop</source>
        <translation>{name} - nlinkoop</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/main_window.py" line="136"/>
        <source>Opening the workbook...</source>
        <translation>Werkboek openen...</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/main_window.py" line="384"/>
        <location filename="../../nlinkoop/ui/window/main_window.py" line="441"/>
        <source>This preparation is no longer in the workbook.</source>
        <translation>Deze voorbereiding staat niet meer in het werkboek.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/main_window.py" line="386"/>
        <source>Cannot show this preparation</source>
        <translation>Voorbereiding niet te tonen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/main_window.py" line="389"/>
        <source>Last saved {time}</source>
        <translation>Laatst opgeslagen {time}</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/main_window.py" line="415"/>
        <source>New preparation</source>
        <translation>Nieuwe voorbereiding</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/main_window.py" line="429"/>
        <source>(copy)</source>
        <translation>(kopie)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/main_window.py" line="433"/>
        <source>Not duplicated</source>
        <translation>Niet gedupliceerd</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/main_window.py" line="541"/>
        <source>Not saved: {reason}</source>
        <translation>Niet opgeslagen: {reason}</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/main_window.py" line="448"/>
        <location filename="../../nlinkoop/ui/window/main_window.py" line="494"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/main_window.py" line="460"/>
        <source>Not deleted</source>
        <translation>Niet verwijderd</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/main_window.py" line="464"/>
        <source>Moved to the bin; restore it from there.</source>
        <translation>Naar de prullenbak verplaatst; daar kun je hem terugzetten.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/start.py" line="155"/>
        <location filename="../../nlinkoop/ui/window/main_window.py" line="519"/>
        <source>an unexpected error ({name})</source>
        <translation>een onverwachte fout ({name})</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/main_window.py" line="534"/>
        <source>Saved at {time}</source>
        <translation>Opgeslagen om {time}</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/main_window.py" line="473"/>
        <location filename="../../nlinkoop/ui/window/main_window.py" line="564"/>
        <source>Not restored</source>
        <translation>Niet hersteld</translation>
    </message>
</context>
<context>
    <name>MeetingView</name>
    <message>
        <location filename="../../nlinkoop/ui/widgets/meeting_view.py" line="78"/>
        <source>Agreement</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/meeting_view.py" line="79"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/meeting_view.py" line="80"/>
        <source>Open point</source>
        <translation>Open punt</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/meeting_view.py" line="81"/>
        <source>We give</source>
        <translation>Wij geven</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/meeting_view.py" line="82"/>
        <source>We get</source>
        <translation>Wij krijgen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/meeting_view.py" line="83"/>
        <source>Signal</source>
        <translation>Signaal</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/meeting_view.py" line="84"/>
        <source>Quote</source>
        <translation>Citaat</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/meeting_view.py" line="87"/>
        <source>what we hoped for</source>
        <translation>waar we op hoopten</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/meeting_view.py" line="88"/>
        <source>enough</source>
        <translation>genoeg</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/meeting_view.py" line="89"/>
        <source>less than enough, within our limit</source>
        <translation>minder dan genoeg, binnen onze grens</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/meeting_view.py" line="90"/>
        <source>past our limit</source>
        <translation>voorbij onze grens</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/meeting_view.py" line="164"/>
        <source>At the table</source>
        <translation>Aan tafel</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/meeting_view.py" line="188"/>
        <source>Meeting round</source>
        <translation>Gespreksronde</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/meeting_view.py" line="190"/>
        <source>&amp;New meeting</source>
        <translation>&amp;Nieuw gesprek</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/meeting_view.py" line="194"/>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/meeting_view.py" line="198"/>
        <source>Next meeting</source>
        <translation>Volgend gesprek</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/meeting_view.py" line="199"/>
        <source>When, and about what</source>
        <translation>Wanneer, en waarover</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/meeting_view.py" line="203"/>
        <source>&amp;Present:</source>
        <translation>Aan&amp;wezig:</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/meeting_view.py" line="204"/>
        <source>Ne&amp;xt meeting:</source>
        <translation>Volgend &amp;gesprek:</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/meeting_view.py" line="234"/>
        <source>Log of this meeting</source>
        <translation>Logboek van dit gesprek</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/meeting_view.py" line="251"/>
        <source>Log a line</source>
        <translation>Een regel loggen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/meeting_view.py" line="254"/>
        <source>Type and press Enter · a: agreement  ac: action  o: open point  g:/k: give/get  s: signal  c: quote · ! internal  @who  dd-mm  #topic</source>
        <translation>Typ en druk op Enter · a: afspraak  ac: actie  o: open punt  g:/k: geven/krijgen  s: signaal  c: citaat · ! intern  @wie  dd-mm  #onderwerp</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/meeting_view.py" line="266"/>
        <source>Ctrl+1…6 kind · ↑ correct a line · F9 pressure questions · Ctrl+N new meeting · F11 full screen</source>
        <translation>Ctrl+1…6 soort · ↑ regel verbeteren · F9 drukvragen · Ctrl+N nieuw gesprek · F11 volledig scherm</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/meeting_view.py" line="270"/>
        <source>&amp;Finish...</source>
        <translation>&amp;Afronden...</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/meeting_view.py" line="272"/>
        <source>Draft the reflection from this meeting&apos;s log</source>
        <translation>De reflectie invullen vanuit het logboek van dit gesprek</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/meeting_view.py" line="274"/>
        <source>Meeting &amp;report...</source>
        <translation>Gespreks&amp;verslag...</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/meeting_view.py" line="355"/>
        <source>Untitled</source>
        <translation>Naamloos</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/meeting_view.py" line="376"/>
        <source>May</source>
        <translation>Wel</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/meeting_view.py" line="376"/>
        <source>May not</source>
        <translation>Niet</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/meeting_view.py" line="389"/>
        <source>Meeting {n} (starts with the first line)</source>
        <translation>Gesprek {n} (begint bij de eerste regel)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/meeting_view.py" line="438"/>
        <source>Meeting {n}</source>
        <translation>Gesprek {n}</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/meeting_view.py" line="444"/>
        <source>Opening</source>
        <translation>Opening</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/meeting_view.py" line="446"/>
        <source>What we come to do</source>
        <translation>Wat we komen doen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/meeting_view.py" line="447"/>
        <source>What we come to get</source>
        <translation>Wat we komen halen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/meeting_view.py" line="454"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/meeting_view.py" line="456"/>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/meeting_view.py" line="463"/>
        <source>The one wish</source>
        <translation>De ene wens</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/meeting_view.py" line="467"/>
        <source>Red lines</source>
        <translation>Rode lijnen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/meeting_view.py" line="469"/>
        <source>Principles</source>
        <translation>Principes</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/meeting_view.py" line="477"/>
        <source>Under pressure? (F9)</source>
        <translation>Onder druk? (F9)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/meeting_view.py" line="487"/>
        <source>No topics planned (Capacity step).</source>
        <translation>Geen onderwerpen gepland (stap Capaciteit).</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/meeting_view.py" line="491"/>
        <source>Topics</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/meeting_view.py" line="501"/>
        <source>Hope</source>
        <translation>Hoop</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/meeting_view.py" line="502"/>
        <source>Enough</source>
        <translation>Genoeg</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/meeting_view.py" line="503"/>
        <source>Our limit</source>
        <translation>Onze grens</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/meeting_view.py" line="515"/>
        <source>We gave</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/meeting_view.py" line="515"/>
        <source>We got</source>
        <translation>Gekregen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/meeting_view.py" line="534"/>
        <source>Log</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/meeting_view.py" line="537"/>
        <source>Nothing logged yet: type below and press Enter.</source>
        <translation>Nog niets gelogd: typ onderaan en druk op Enter.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/meeting_view.py" line="547"/>
        <source>internal</source>
        <translation>intern</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/meeting_view.py" line="558"/>
        <source>(internal)</source>
        <translation>(intern)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/meeting_view.py" line="560"/>
        <source>Correcting:</source>
        <translation>Verbeteren:</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/meeting_view.py" line="570"/>
        <source>{n} min under way</source>
        <translation>{n} min bezig</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/meeting_view.py" line="620"/>
        <source>item {n}, {left} min left</source>
        <translation>punt {n}, nog {left} min</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/meeting_view.py" line="622"/>
        <source>{n} min over time</source>
        <translation>{n} min over tijd</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/meeting_view.py" line="646"/>
        <source>Nothing to log after the prefix.</source>
        <translation>Na het voorvoegsel staat niets om te loggen.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/meeting_view.py" line="687"/>
        <source>Past our limit for {topic} (limit: {limit}).</source>
        <translation>Voorbij onze grens voor {topic} (grens: {limit}).</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/meeting_view.py" line="693"/>
        <source>This may touch a red line: {line}</source>
        <translation>Dit raakt mogelijk een rode lijn: {line}</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="35"/>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="37"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="38"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="60"/>
        <source>Attendees</source>
        <translation>Wie zijn er bij</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="61"/>
        <source>Said outright</source>
        <translation>Expliciet benoemd</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="62"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="63"/>
        <source>Playing field</source>
        <translation>Speelveld</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="64"/>
        <source>Cost build-up</source>
        <translation>Kostenopbouw</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="65"/>
        <source>Policy goals</source>
        <translation>Beleidsdoelen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="66"/>
        <source>To-dos</source>
        <translation>Actiepunten</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="67"/>
        <source>Alternatives</source>
        <translation>Alternatieven</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="68"/>
        <source>Objective criteria</source>
        <translation>Objectieve criteria</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="69"/>
        <source>Topics and trade-offs</source>
        <translation>Onderwerpen en uitruil</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="70"/>
        <source>Interests</source>
        <translation>Belangen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="71"/>
        <source>Uncertainties</source>
        <translation>Onzekerheden</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="72"/>
        <source>Joint value</source>
        <translation>Gezamenlijke waarde</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="73"/>
        <source>Questions to ask</source>
        <translation>Vragen om te stellen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="74"/>
        <source>What we share</source>
        <translation>Wat we delen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="75"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="76"/>
        <source>Transactional patterns</source>
        <translation>Transactionele patronen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="77"/>
        <source>Relational principles</source>
        <translation>Relationele principes</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="78"/>
        <source>Questions under pressure</source>
        <translation>Vragen onder druk</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="79"/>
        <source>Red lines</source>
        <translation>Rode lijnen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="80"/>
        <source>Wishes</source>
        <translation>Wensen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="81"/>
        <source>Award criteria</source>
        <translation>Gunningscriteria</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="82"/>
        <source>Sample tenders</source>
        <translation>Voorbeeldinschrijvingen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="83"/>
        <source>Scores of sample tenders</source>
        <translation>Scores van voorbeeldinschrijvingen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="84"/>
        <source>Outcome per topic</source>
        <translation>Uitkomst per onderwerp</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="85"/>
        <source>Principles looked back on</source>
        <translation>Terugblik op de principes</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="86"/>
        <source>Meetings held</source>
        <translation>Gevoerde gesprekken</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="87"/>
        <source>Meeting log</source>
        <translation>Logboek van het gesprek</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="89"/>
        <source>Procurement policy</source>
        <translation>Inkoopbeleid</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="92"/>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="93"/>
        <source>what</source>
        <translation>wat</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="94"/>
        <source>why</source>
        <translation>waarom</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="95"/>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="96"/>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="97"/>
        <source>note</source>
        <translation>toelichting</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="98"/>
        <source>description</source>
        <translation>omschrijving</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="99"/>
        <source>priority</source>
        <translation>prioriteit</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="100"/>
        <source>party</source>
        <translation>partij</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="101"/>
        <source>side</source>
        <translation>kant</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="102"/>
        <source>answer</source>
        <translation>antwoord</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="103"/>
        <source>action</source>
        <translation>actie</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="104"/>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="123"/>
        <source>topic</source>
        <translation>onderwerp</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="105"/>
        <source>order</source>
        <translation>volgorde</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="106"/>
        <source>amount</source>
        <translation>bedrag</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="107"/>
        <source>points</source>
        <translation>punten</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="108"/>
        <source>price</source>
        <translation>prijs</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="109"/>
        <source>done</source>
        <translation>gedaan</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="110"/>
        <source>kind</source>
        <translation>soort</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="111"/>
        <source>minutes</source>
        <translation>minuten</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="113"/>
        <source>our limit</source>
        <translation>onze grens</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="114"/>
        <source>number</source>
        <translation>nummer</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="115"/>
        <source>held on</source>
        <translation>gehouden op</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="116"/>
        <source>present</source>
        <translation>aanwezig</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="117"/>
        <source>next meeting</source>
        <translation>volgend gesprek</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="118"/>
        <source>time</source>
        <translation>tijd</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="119"/>
        <source>who</source>
        <translation>wie</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="120"/>
        <source>by when</source>
        <translation>uiterlijk</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="121"/>
        <source>internal</source>
        <translation>intern</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="122"/>
        <source>meeting</source>
        <translation>gesprek</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="124"/>
        <source>reflection: meeting</source>
        <translation>reflectie: gesprek</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="126"/>
        <source>kind of contract</source>
        <translation>soort opdracht</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="127"/>
        <source>contracting authority</source>
        <translation>aanbestedende dienst</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="128"/>
        <source>value includes options</source>
        <translation>waarde inclusief opties</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="130"/>
        <source>single private up to (supplies and services)</source>
        <translation>enkelvoudig onderhands tot (leveringen en diensten)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="133"/>
        <source>multiple private up to (supplies and services)</source>
        <translation>meervoudig onderhands tot (leveringen en diensten)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="136"/>
        <source>single private up to (works)</source>
        <translation>enkelvoudig onderhands tot (werken)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="137"/>
        <source>multiple private up to (works)</source>
        <translation>meervoudig onderhands tot (werken)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="189"/>
        <source>Merge changes</source>
        <translation>Wijzigingen samenvoegen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="197"/>
        <source>You and someone else changed the same fields. Choose per field which version to keep; the newer one is chosen already.</source>
        <translation>Jij en iemand anders hebben dezelfde velden gewijzigd. Kies per veld welke versie blijft; de nieuwste is al gekozen.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="214"/>
        <source>Preparation and field</source>
        <translation>Voorbereiding en veld</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="214"/>
        <source>My version</source>
        <translation>Mijn versie</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="214"/>
        <source>Their version</source>
        <translation>Hun versie</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="241"/>
        <source>Mine ({stamp})</source>
        <translation>Mijn versie ({stamp})</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="242"/>
        <source>Theirs ({stamp})</source>
        <translation>Hun versie ({stamp})</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="261"/>
        <source>All &amp;mine</source>
        <translation>Overal &amp;mijn versie</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/merge_dialog.py" line="263"/>
        <source>All &amp;theirs</source>
        <translation>Overal &amp;hun versie</translation>
    </message>
</context>
<context>
    <name>MotivationTab</name>
    <message>
        <location filename="../../nlinkoop/ui/tabs/motivation_tab.py" line="20"/>
        <source>Motivation</source>
        <translation>Motivatie</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/motivation_tab.py" line="24"/>
        <source>Fear of not doing it right makes you defensive, and that is felt at the table. Write down what really drives you: the impact you make, the professionalism you show and the respect you earn. Name the fear too, and how you can look at it differently.</source>
        <translation>Angst om het niet goed te doen maakt je defensief, en dat merken ze aan tafel. Schrijf op wat je echt drijft: de impact die je maakt, de professionaliteit die je laat zien en het respect dat je verdient. Benoem ook de angst, en hoe je er anders naar kunt kijken.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/motivation_tab.py" line="31"/>
        <source>The bigger picture</source>
        <translation>Het grotere geheel</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/motivation_tab.py" line="32"/>
        <source>The impact I make</source>
        <translation>De impact die ik maak</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/motivation_tab.py" line="33"/>
        <source>The professionalism I show</source>
        <translation>De professionaliteit die ik toon</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/motivation_tab.py" line="34"/>
        <source>The respect I earn</source>
        <translation>Het respect dat ik verdien</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/motivation_tab.py" line="35"/>
        <source>Fear</source>
        <translation>Angst</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/motivation_tab.py" line="36"/>
        <source>What I am afraid of</source>
        <translation>Waar ik bang voor ben</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/motivation_tab.py" line="37"/>
        <source>How I look at it instead</source>
        <translation>Hoe ik er anders naar kijk</translation>
    </message>
</context>
<context>
    <name>OpportunityTab</name>
    <message>
        <location filename="../../nlinkoop/ui/tabs/opportunity_tab.py" line="37"/>
        <source>Opportunity</source>
        <translation>Gelegenheid</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/opportunity_tab.py" line="42"/>
        <source>In this procedure there is nothing to negotiate. A conversation with suppliers is a market consultation before the request, or a clarification of a tender after it: never a negotiation. Your influence lies at the front of the process: the specifications, the requirements, the award criteria and the internal stakeholders. Use the conversation beforehand to learn what the market can do and to build trust with your internal client; make the difference in the quality of the request.</source>
        <translation>In deze procedure valt niets te onderhandelen. Een gesprek met leveranciers is een marktconsultatie vóór de uitvraag, of een verduidelijking van een inschrijving erna: nooit een onderhandeling. Jouw invloed zit aan de voorkant van het proces: het bestek, de eisen, de gunningscriteria en de interne belanghebbenden. Gebruik het gesprek vooraf om te leren wat de markt kan en om vertrouwen op te bouwen bij je interne klant; maak het verschil in de kwaliteit van de uitvraag.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/opportunity_tab.py" line="51"/>
        <source>Make room for a real conversation before the meeting, and don&apos;t start with the price. Invite the supplier and the internal client to say what they value, which conditions they have and what worries them. Plan it and take the lead: when, with whom, and with which agenda.</source>
        <translation>Maak vóór het gesprek ruimte voor een echt gesprek, en begin niet over de prijs. Nodig de leverancier en de interne klant uit om te zeggen wat zij belangrijk vinden, welke voorwaarden zij hebben en waar zij zich zorgen over maken. Plan het en neem de regie: wanneer, met wie en met welke agenda.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/opportunity_tab.py" line="61"/>
        <source>The conversation beforehand</source>
        <translation>Het gesprek vooraf</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/opportunity_tab.py" line="62"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/opportunity_tab.py" line="63"/>
        <source>With whom</source>
        <translation>Met wie</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/opportunity_tab.py" line="64"/>
        <source>Who takes the lead</source>
        <translation>Wie heeft de regie</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/opportunity_tab.py" line="65"/>
        <source>Notes</source>
        <translation>Aantekeningen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/opportunity_tab.py" line="69"/>
        <source>Value, conditions and concerns they made explicit</source>
        <translation>Waarde, voorwaarden en zorgen die zij benoemden</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/opportunity_tab.py" line="74"/>
        <source>Agenda of the meeting</source>
        <translation>Agenda van het gesprek</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/opportunity_tab.py" line="75"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/opportunity_tab.py" line="77"/>
        <source>Relationship</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/opportunity_tab.py" line="78"/>
        <source>How it is now</source>
        <translation>Hoe die nu is</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/opportunity_tab.py" line="79"/>
        <source>How we want it to be</source>
        <translation>Hoe we die willen</translation>
    </message>
</context>
<context>
    <name>PitchDialog</name>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/pitch_dialog.py" line="91"/>
        <source>My pitch</source>
        <translation>Mijn pitch</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/pitch_dialog.py" line="98"/>
        <source>Your pitch is a compass in words, not a sales talk. Start with what drives you and what you stand for, then write the pitch, and check it on four qualities.</source>
        <translation>Je pitch is een kompas in woorden, geen verkoopverhaal. Begin bij wat je drijft en waar je voor staat, schrijf dan de pitch en toets die aan vier kwaliteiten.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/pitch_dialog.py" line="107"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/pitch_dialog.py" line="110"/>
        <source>Your name, as your colleagues know you</source>
        <translation>Je naam, zoals je collega&apos;s je kennen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/pitch_dialog.py" line="111"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/pitch_dialog.py" line="114"/>
        <source>What drives you</source>
        <translation>Wat je drijft</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/pitch_dialog.py" line="118"/>
        <source>Norms and values</source>
        <translation>Normen en waarden</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/pitch_dialog.py" line="119"/>
        <source>What do you stand for, also when it costs you something?</source>
        <translation>Waar sta je voor, ook als het je iets kost?</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/pitch_dialog.py" line="124"/>
        <source>Personal principles</source>
        <translation>Persoonlijke principes</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/pitch_dialog.py" line="125"/>
        <source>Your rules of thumb for hard choices: &quot;When in doubt, I ...&quot;</source>
        <translation>Je vuistregels voor lastige keuzes: ‘Bij twijfel kies ik …’</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/pitch_dialog.py" line="130"/>
        <source>Drivers</source>
        <translation>Drijfveren</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/pitch_dialog.py" line="131"/>
        <source>What gives you energy in your work? When are you proud?</source>
        <translation>Waar krijg je energie van in je werk? Wanneer ben je trots?</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/pitch_dialog.py" line="136"/>
        <source>The mission that counts</source>
        <translation>De missie die telt</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/pitch_dialog.py" line="138"/>
        <source>What your organisation, team or project wants to achieve, in one or two sentences.</source>
        <translation>Wat je organisatie, team of project wil bereiken, in een of twee zinnen.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/pitch_dialog.py" line="142"/>
        <source>Your pitch</source>
        <translation>Je pitch</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/pitch_dialog.py" line="146"/>
        <source>Pitch</source>
        <translation>Pitch</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/pitch_dialog.py" line="148"/>
        <source>Who you are, what you come for and how you work, in a few sentences you could say out loud.</source>
        <translation>Wie je bent, waarvoor je komt en hoe je werkt, in een paar zinnen die je hardop kunt zeggen.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/pitch_dialog.py" line="154"/>
        <source>Self-check</source>
        <translation>Zelftoets</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/pitch_dialog.py" line="158"/>
        <source>Durable</source>
        <translation>Duurzaam</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/pitch_dialog.py" line="159"/>
        <source>Does it rest on your values, not on this one situation?</source>
        <translation>Rust hij op je waarden, niet op deze ene situatie?</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/pitch_dialog.py" line="165"/>
        <source>Considered</source>
        <translation>Doordacht</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/pitch_dialog.py" line="166"/>
        <source>Does it come from reflection, so it keeps you from reacting on impulse?</source>
        <translation>Komt hij voort uit reflectie, zodat hij je behoedt voor impulsieve reacties?</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/pitch_dialog.py" line="172"/>
        <source>Systemic</source>
        <translation>Systemisch</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/pitch_dialog.py" line="173"/>
        <source>Does it take in the whole field: stakeholders, market, context?</source>
        <translation>Houdt hij rekening met het hele krachtenveld: belanghebbenden, markt, context?</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/pitch_dialog.py" line="179"/>
        <source>Forward-looking</source>
        <translation>Vooruitziend</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/pitch_dialog.py" line="180"/>
        <source>Does it anticipate resistance, growth and change?</source>
        <translation>Loopt hij vooruit op weerstand, groei en verandering?</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/pitch_dialog.py" line="223"/>
        <source>This is the pitch of {person}</source>
        <translation>Dit is de pitch van {person}</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/pitch_dialog.py" line="230"/>
        <source>Edit anyway</source>
        <translation>Toch bewerken</translation>
    </message>
</context>
<context>
    <name>PitchTab</name>
    <message>
        <location filename="../../nlinkoop/ui/tabs/pitch_tab.py" line="29"/>
        <source>Purchasing pitch</source>
        <translation>Inkooppitch</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/pitch_tab.py" line="33"/>
        <source>Your pitch is a compass in words that you take to every meeting. It grows from your drivers: what drives you, which norms and values you hold, which rules of thumb you use for hard choices, and for which mission you work here. A good pitch is durable, considered, systemic and forward-looking. Link this preparation to your pitch and read it again before you go in.</source>
        <translation>Je pitch is een kompas in woorden dat je meeneemt naar elk gesprek. Hij groeit uit je drijfveren: wat je drijft, welke normen en waarden je hebt, welke vuistregels je gebruikt bij lastige keuzes en voor welke missie je hier werkt. Een goede pitch is duurzaam, doordacht, systemisch en vooruitziend. Koppel deze voorbereiding aan je pitch en lees hem nog eens voordat je naar binnen gaat.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/pitch_tab.py" line="43"/>
        <source>Linked pitch</source>
        <translation>Gekoppelde pitch</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/pitch_tab.py" line="49"/>
        <location filename="../../nlinkoop/ui/tabs/pitch_tab.py" line="57"/>
        <source>Pitch of</source>
        <translation>Pitch van</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/pitch_tab.py" line="61"/>
        <source>Pitch</source>
        <translation>Pitch</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/pitch_tab.py" line="62"/>
        <source>Self-check</source>
        <translation>Zelftoets</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/pitch_tab.py" line="64"/>
        <source>Durable</source>
        <translation>Duurzaam</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/pitch_tab.py" line="65"/>
        <source>Considered</source>
        <translation>Doordacht</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/pitch_tab.py" line="66"/>
        <source>Systemic</source>
        <translation>Systemisch</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/pitch_tab.py" line="67"/>
        <source>Forward-looking</source>
        <translation>Vooruitziend</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/pitch_tab.py" line="144"/>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/pitch_tab.py" line="146"/>
        <source>(no name)</source>
        <translation>(zonder naam)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/pitch_tab.py" line="148"/>
        <source>(a profile not in this workbook)</source>
        <translation>(een profiel dat niet in dit werkboek staat)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/pitch_tab.py" line="151"/>
        <source>No pitch linked. Pick one above, or write your own pitch.</source>
        <translation>Geen pitch gekoppeld. Kies er hierboven een, of schrijf je eigen pitch.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/pitch_tab.py" line="153"/>
        <source>This profile has no pitch yet.</source>
        <translation>Dit profiel heeft nog geen pitch.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/pitch_tab.py" line="155"/>
        <source>Not filled in yet.</source>
        <translation>Nog niet ingevuld.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/pitch_tab.py" line="160"/>
        <source>Edit my pitch...</source>
        <translation>Mijn pitch bewerken…</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/pitch_tab.py" line="161"/>
        <source>Edit pitch...</source>
        <translation>Pitch bewerken…</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <location filename="../../nlinkoop/ui/window/policy.py" line="43"/>
        <source>Procurement policy</source>
        <translation>Inkoopbeleid</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/policy.py" line="47"/>
        <source>Your organisation&apos;s own limits (excl. VAT, whole term). Below the first you may invite one undertaking, below the second several; above that your policy asks for a public procedure. They are stored in this workbook, so colleagues who share it use the same ones.</source>
        <translation>De eigen grenzen van je organisatie (excl. btw, hele looptijd). Onder de eerste mag je één onderneming uitnodigen, onder de tweede meer; daarboven vraagt je beleid een openbare procedure. Ze staan in dit werkboek, dus collega&apos;s die het delen, gebruiken dezelfde.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/policy.py" line="57"/>
        <source>e.g. Procurement policy 2025</source>
        <translation>bijv. Inkoopbeleid 2025</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/policy.py" line="58"/>
        <source>Policy</source>
        <translation>Beleid</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/policy.py" line="60"/>
        <source>Single private up to (supplies and services)</source>
        <translation>Enkelvoudig onderhands tot (leveringen en diensten)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/policy.py" line="61"/>
        <source>Multiple private up to (supplies and services)</source>
        <translation>Meervoudig onderhands tot (leveringen en diensten)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/policy.py" line="62"/>
        <source>Single private up to (works)</source>
        <translation>Enkelvoudig onderhands tot (werken)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/policy.py" line="63"/>
        <source>Multiple private up to (works)</source>
        <translation>Meervoudig onderhands tot (werken)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/policy.py" line="110"/>
        <source>Type an amount, e.g. 50.000 (or leave the field empty).</source>
        <translation>Typ een bedrag, bijv. 50.000 (of laat het veld leeg).</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/policy.py" line="112"/>
        <source>A limit cannot be negative.</source>
        <translation>Een grens kan niet negatief zijn.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/policy.py" line="116"/>
        <source>A single private limit cannot be above the multiple one.</source>
        <translation>De grens voor enkelvoudig onderhands kan niet boven die voor meervoudig liggen.</translation>
    </message>
</context>
<context>
    <name>PolicyStore</name>
    <message>
        <location filename="../../nlinkoop/ui/window/policy.py" line="169"/>
        <source>Procurement policy not saved</source>
        <translation>Inkoopbeleid niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>PortfolioGrid</name>
    <message>
        <location filename="../../nlinkoop/ui/widgets/portfolio_specs.py" line="15"/>
        <source>low</source>
        <translation>laag</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/portfolio_specs.py" line="16"/>
        <source>high</source>
        <translation>hoog</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/portfolio_specs.py" line="39"/>
        <source>For us (Kraljic)</source>
        <translation>Voor ons (Kraljic)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/portfolio_specs.py" line="40"/>
        <source>Supply risk</source>
        <translation>Leveringsrisico</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/portfolio_specs.py" line="41"/>
        <source>Profit impact</source>
        <translation>Financieel belang</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/portfolio_specs.py" line="46"/>
        <source>Small impact and little risk: keep it simple and spend little time.</source>
        <translation>Klein belang en weinig risico: houd het eenvoudig en besteed er weinig tijd aan.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/portfolio_specs.py" line="49"/>
        <source>Large impact and many suppliers: use the competition, negotiate price and terms.</source>
        <translation>Groot belang en veel aanbieders: benut de concurrentie, onderhandel over prijs en voorwaarden.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/portfolio_specs.py" line="53"/>
        <source>Large impact and many suppliers: use the competition. Negotiate only as far as the procedure allows, and the same with every tenderer.</source>
        <translation>Groot belang en veel aanbieders: benut de concurrentie. Onderhandel alleen voor zover de procedure dat toelaat, en met elke inschrijver op dezelfde manier.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/portfolio_specs.py" line="58"/>
        <source>Large impact and many suppliers: let the competition work through a sharp request: clear specifications, proportionate requirements and award criteria that reward value. Consult the market beforehand.</source>
        <translation>Groot belang en veel aanbieders: laat de concurrentie werken via een scherpe uitvraag: een helder bestek, proportionele eisen en gunningscriteria die waarde belonen. Consulteer de markt vooraf.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/portfolio_specs.py" line="64"/>
        <source>Small impact but hard to replace: secure supply, look for options.</source>
        <translation>Klein belang maar moeilijk te vervangen: zorg voor leverzekerheid en zoek alternatieven.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/portfolio_specs.py" line="67"/>
        <source>Large impact and large risk: invest in the relationship and long-term cooperation.</source>
        <translation>Groot belang en groot risico: investeer in de relatie en in samenwerking op de lange termijn.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/portfolio_specs.py" line="71"/>
        <source>Large impact and large risk: put your effort into a request that rewards long-term cooperation, and into the relationship after the award.</source>
        <translation>Groot belang en groot risico: steek je energie in een uitvraag die samenwerking op de lange termijn beloont, en in de relatie na de gunning.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/portfolio_specs.py" line="79"/>
        <source>How the supplier sees us</source>
        <translation>Hoe de leverancier ons ziet</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/portfolio_specs.py" line="80"/>
        <source>Value of our business to them</source>
        <translation>Waarde van onze omzet voor hen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/portfolio_specs.py" line="81"/>
        <source>How attractive we are as a customer</source>
        <translation>Aantrekkelijkheid als klant</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/portfolio_specs.py" line="86"/>
        <source>Small and not attractive to them: expect little priority.</source>
        <translation>Klein en weinig aantrekkelijk voor hen: verwacht weinig prioriteit.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/portfolio_specs.py" line="89"/>
        <source>Our money counts, we do not: expect high prices and little extra effort.</source>
        <translation>Onze omzet telt, wijzelf niet: verwacht hoge prijzen en weinig extra inzet.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/portfolio_specs.py" line="93"/>
        <source>Small now but attractive: they want to grow with us and will try.</source>
        <translation>Nu klein maar aantrekkelijk: ze willen met ons groeien en doen daar moeite voor.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/portfolio_specs.py" line="96"/>
        <source>Large and attractive to them: they will look after us and give us priority.</source>
        <translation>Groot en aantrekkelijk voor hen: ze zullen ons koesteren en voorrang geven.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/portfolio_grid.py" line="260"/>
        <source>Across: {x}, low to high. Up: {y}, low to high.</source>
        <translation>Horizontaal: {x}, van laag naar hoog. Verticaal: {y}, van laag naar hoog.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/portfolio_grid.py" line="268"/>
        <source>Chosen: {name}.</source>
        <translation>Gekozen: {name}.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/portfolio_grid.py" line="272"/>
        <source>Nothing chosen.</source>
        <translation>Niets gekozen.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/portfolio_grid.py" line="336"/>
        <source>Click a cell, or use the arrow keys and Space.</source>
        <translation>Klik op een vak, of gebruik de pijltjestoetsen en de spatiebalk.</translation>
    </message>
</context>
<context>
    <name>PositioningReference</name>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/positioning_reference.py" line="30"/>
        <source>Commercial negotiation</source>
        <translation>Commercieel onderhandelen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/positioning_reference.py" line="31"/>
        <source>Public positioning</source>
        <translation>Publiek positioneren</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/positioning_reference.py" line="36"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/positioning_reference.py" line="37"/>
        <source>Negotiator at the table: you speak for your organisation and make the deal with the supplier.</source>
        <translation>Onderhandelaar aan tafel: je spreekt namens je organisatie en sluit de deal met de leverancier.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/positioning_reference.py" line="42"/>
        <source>Adviser at the front of the process: you shape the request together with the internal client and the stakeholders.</source>
        <translation>Adviseur aan de voorkant van het proces: je geeft de uitvraag vorm samen met de interne klant en de belanghebbenden.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/positioning_reference.py" line="49"/>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/positioning_reference.py" line="50"/>
        <source>An agreement that serves both sides, reached in the conversation itself.</source>
        <translation>Een akkoord dat beide partijen dient, bereikt in het gesprek zelf.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/positioning_reference.py" line="54"/>
        <source>A request so good that the best offer wins, on criteria fixed in advance.</source>
        <translation>Een uitvraag die zo goed is dat de beste inschrijving wint, op vooraf vastgelegde criteria.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/positioning_reference.py" line="60"/>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/positioning_reference.py" line="61"/>
        <source>Explore interests, make the pie bigger, trade what you can give for what you need, and know your alternative.</source>
        <translation>Belangen verkennen, de koek groter maken, ruilen wat je kunt geven tegen wat je nodig hebt, en je alternatief kennen.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/positioning_reference.py" line="66"/>
        <source>Shape the specifications, requirements and award criteria; consult the market beforehand; build trust with the internal stakeholders; once the tenders are in, only clarify.</source>
        <translation>Het bestek, de eisen en de gunningscriteria vormgeven; vooraf de markt consulteren; vertrouwen opbouwen bij de interne belanghebbenden; zodra de inschrijvingen binnen zijn, alleen verduidelijken.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/positioning_reference.py" line="74"/>
        <source>Legal context</source>
        <translation>Juridische context</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/positioning_reference.py" line="75"/>
        <source>Contract law and your own mandate: you are free to negotiate, to choose and to walk away.</source>
        <translation>Contractenrecht en je eigen mandaat: je bent vrij om te onderhandelen, te kiezen en af te haken.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/positioning_reference.py" line="80"/>
        <source>The Procurement Act 2012: equal treatment, transparency and proportionality; negotiation only where the procedure allows it.</source>
        <translation>De Aanbestedingswet 2012: gelijke behandeling, transparantie en proportionaliteit; onderhandelen alleen waar de procedure het toestaat.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/positioning_reference.py" line="123"/>
        <source>Commercial negotiation or public positioning</source>
        <translation>Commercieel onderhandelen of publiek positioneren</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/positioning_reference.py" line="126"/>
        <source>In the public sector, negotiating is an attitude more than an action. Where the procedure leaves no room to negotiate, your influence lies in positioning: at the front of the process, before the request goes out.</source>
        <translation>In de publieke sector is onderhandelen meer een houding dan een handeling. Waar de procedure geen ruimte laat om te onderhandelen, zit jouw invloed in positioneren: aan de voorkant van het proces, voordat de uitvraag de deur uit gaat.</translation>
    </message>
</context>
<context>
    <name>PreparationTab</name>
    <message>
        <location filename="../../nlinkoop/ui/widgets/hints_panel.py" line="23"/>
        <source>Hints</source>
        <translation>Tips</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/portfolio_panel.py" line="90"/>
        <location filename="../../nlinkoop/ui/widgets/hints_panel.py" line="56"/>
        <source>Hint: {text}</source>
        <translation>Tip: {text}</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/hints_panel.py" line="78"/>
        <source>No hints for this step.</source>
        <translation>Geen tips bij deze stap.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/base.py" line="78"/>
        <source>Completeness</source>
        <translation>Volledigheid</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/base.py" line="315"/>
        <source>{filled} of {total} filled in</source>
        <translation>{filled} van {total} ingevuld</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/base.py" line="318"/>
        <source>Not applicable</source>
        <translation>Niet van toepassing</translation>
    </message>
</context>
<context>
    <name>PreparationsModel</name>
    <message>
        <location filename="../../nlinkoop/ui/models/preparations_model.py" line="46"/>
        <source>(untitled)</source>
        <translation>(zonder titel)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/models/preparations_model.py" line="52"/>
        <source>Upcoming meetings</source>
        <translation>Komende gesprekken</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/models/preparations_model.py" line="54"/>
        <source>Earlier meetings</source>
        <translation>Eerdere gesprekken</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/models/preparations_model.py" line="55"/>
        <source>No date</source>
        <translation>Zonder datum</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/models/preparations_model.py" line="213"/>
        <source>{percent}% filled in</source>
        <translation>{percent}% ingevuld</translation>
    </message>
</context>
<context>
    <name>PreparationsPane</name>
    <message>
        <location filename="../../nlinkoop/ui/window/preparations_pane.py" line="86"/>
        <source>Search…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/preparations_pane.py" line="87"/>
        <source>Search preparations</source>
        <translation>Voorbereidingen doorzoeken</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/preparations_pane.py" line="93"/>
        <source>Meeting date</source>
        <translation>Datum van het gesprek</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/preparations_pane.py" line="94"/>
        <source>Last change</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/preparations_pane.py" line="95"/>
        <source>Sort preparations by</source>
        <translation>Voorbereidingen sorteren op</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/preparations_pane.py" line="96"/>
        <source>&amp;Sort by</source>
        <translation>&amp;Sorteren op</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/preparations_pane.py" line="100"/>
        <source>Preparations</source>
        <translation>Voorbereidingen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/preparations_pane.py" line="102"/>
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/preparations_pane.py" line="103"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliceren</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/preparations_pane.py" line="104"/>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/preparations_pane.py" line="105"/>
        <source>&amp;Bin</source>
        <translation>&amp;Prullenbak</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/preparations_pane.py" line="107"/>
        <source>New preparation (Ins)</source>
        <translation>Nieuwe voorbereiding (Ins)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/preparations_pane.py" line="108"/>
        <source>Start a new preparation from the selected one</source>
        <translation>Een nieuwe voorbereiding beginnen vanuit de gekozen voorbereiding</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/preparations_pane.py" line="109"/>
        <source>Move the selected preparation to the bin (Del)</source>
        <translation>De gekozen voorbereiding naar de prullenbak verplaatsen (Del)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/preparations_pane.py" line="110"/>
        <source>Show deleted preparations, to restore them</source>
        <translation>Verwijderde voorbereidingen tonen, om ze terug te zetten</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/preparations_pane.py" line="114"/>
        <location filename="../../nlinkoop/ui/window/preparations_pane.py" line="117"/>
        <source>Deleted preparations</source>
        <translation>Verwijderde voorbereidingen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/preparations_pane.py" line="116"/>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../../nlinkoop/ui/window/profiles.py" line="118"/>
        <source>Pitch not saved</source>
        <translation>Pitch niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../nlinkoop/ui/qt_texts.py" line="14"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/qt_texts.py" line="15"/>
        <source>Files of &amp;type:</source>
        <translation>Bestands&amp;type:</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/qt_texts.py" line="16"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 bestaat al.
Wil je het vervangen?</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/qt_texts.py" line="17"/>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Wil je &apos;%1&apos; echt verwijderen?</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/qt_texts.py" line="18"/>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; is beveiligd tegen schrijven.
Wil je het toch verwijderen?</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/qt_texts.py" line="19"/>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Bestand niet gevonden.
Controleer de bestandsnaam.</translation>
    </message>
</context>
<context>
    <name>RankingTableModel</name>
    <message>
        <location filename="../../nlinkoop/ui/models/ranking_model.py" line="32"/>
        <source>{rank} (tie)</source>
        <translation>{rank} (gelijk)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/models/ranking_model.py" line="36"/>
        <location filename="../../nlinkoop/ui/models/ranking_model.py" line="47"/>
        <source>Rank</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/models/ranking_model.py" line="37"/>
        <location filename="../../nlinkoop/ui/models/ranking_model.py" line="48"/>
        <source>Tender</source>
        <translation>Inschrijving</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/models/ranking_model.py" line="38"/>
        <location filename="../../nlinkoop/ui/models/ranking_model.py" line="49"/>
        <source>Price</source>
        <translation>Prijs</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/models/ranking_model.py" line="39"/>
        <source>Price points</source>
        <translation>Prijspunten</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/models/ranking_model.py" line="41"/>
        <source>Quality points</source>
        <translation>Kwaliteitspunten</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/models/ranking_model.py" line="44"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/models/ranking_model.py" line="51"/>
        <source>Scored on quality</source>
        <translation>Gescoord op kwaliteit</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/models/ranking_model.py" line="55"/>
        <source>Fictive price</source>
        <translation>Fictieve prijs</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../../nlinkoop/ui/widgets/read_only_banner.py" line="34"/>
        <source>Save as...</source>
        <translation>Opslaan als…</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/read_only_banner.py" line="51"/>
        <source>Opened read-only: your changes are not saved in this file. Use Save as to keep them.</source>
        <translation>Geopend als alleen-lezen: je wijzigingen komen niet in dit bestand. Bewaar ze met Opslaan als.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/read_only_banner.py" line="55"/>
        <source>This file is read-only: your changes are not saved in it. Use Save as to keep them.</source>
        <translation>Dit bestand is alleen-lezen: je wijzigingen komen er niet in. Bewaar ze met Opslaan als.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/read_only_banner.py" line="59"/>
        <source>This folder is read-only: your changes are not saved in this file. Use Save as to keep them.</source>
        <translation>Deze map is alleen-lezen: je wijzigingen komen niet in dit bestand. Bewaar ze met Opslaan als.</translation>
    </message>
</context>
<context>
    <name>ReflectionTab</name>
    <message>
        <location filename="../../nlinkoop/ui/tabs/reflection_tab.py" line="49"/>
        <source>Reflection</source>
        <translation>Reflectie</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/reflection_tab.py" line="54"/>
        <source>Every conversation with the market is a learning question. Write down soon after the meeting, while you still remember, what you aimed for and what came out of it, whether you did what you set out to do, what went well and what did not. One lesson and one condition to train next are enough: you will see them again when you next meet this supplier.</source>
        <translation>Elk gesprek met de markt is een leervraag. Schrijf kort na het gesprek op, nu je het nog weet, wat je wilde bereiken en wat het opleverde, of je deed wat je je had voorgenomen, wat goed ging en wat niet. Eén les en één leervoorwaarde om te trainen zijn genoeg: je ziet ze terug als je deze leverancier weer spreekt.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/reflection_tab.py" line="61"/>
        <source>Negotiating is a learning question. Write down soon after the meeting, while you still remember, what you aimed for and what was agreed, whether you did what you set out to do, what went well and what did not. One lesson and one condition to train next are enough: you will see them again when you next meet this supplier.</source>
        <translation>Onderhandelen is een leervraag. Schrijf kort na het gesprek op, nu je het nog weet, wat je wilde bereiken en wat is afgesproken, of je deed wat je je had voorgenomen, wat goed ging en wat niet. Eén les en één leervoorwaarde om te trainen zijn genoeg: je ziet ze terug als je deze leverancier weer spreekt.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/reflection_tab.py" line="68"/>
        <source>The meeting</source>
        <translation>Het gesprek</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/reflection_tab.py" line="69"/>
        <source>Held on</source>
        <translation>Gehouden op</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/reflection_tab.py" line="73"/>
        <source>Per topic: what we aimed for and what was agreed</source>
        <translation>Per onderwerp: wat we wilden en wat is afgesproken</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/reflection_tab.py" line="78"/>
        <source>Take over the topics from Capacity</source>
        <translation>Onderwerpen overnemen uit Capaciteit</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/reflection_tab.py" line="80"/>
        <source>Add a row for each topic of the Capacity tab that is not in this list yet.</source>
        <translation>Voeg een rij toe voor elk onderwerp uit het tabblad Capaciteit dat nog niet in deze lijst staat.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/reflection_tab.py" line="88"/>
        <source>Did we do it? The relational principles</source>
        <translation>Deden we het? De relationele principes</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/reflection_tab.py" line="91"/>
        <source>{name}: {meaning}</source>
        <translation>{name}: {meaning}</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/reflection_tab.py" line="100"/>
        <source>Did we?</source>
        <translation>Deden we het?</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/reflection_tab.py" line="101"/>
        <source>{name}: did we?</source>
        <translation>{name}: deden we het?</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/reflection_tab.py" line="102"/>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/reflection_tab.py" line="103"/>
        <source>{name}: how</source>
        <translation>{name}: hoe</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/reflection_tab.py" line="105"/>
        <source>Looking back</source>
        <translation>Terugblik</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/reflection_tab.py" line="106"/>
        <source>What went well</source>
        <translation>Wat ging goed</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/reflection_tab.py" line="107"/>
        <source>What did not go well</source>
        <translation>Wat ging niet goed</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/reflection_tab.py" line="108"/>
        <source>What we agreed (and who does what)</source>
        <translation>Wat we hebben afgesproken (en wie wat doet)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/reflection_tab.py" line="109"/>
        <source>The lesson</source>
        <translation>De les</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/reflection_tab.py" line="111"/>
        <source>What I will train next</source>
        <translation>Wat ik hierna ga trainen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/reflection_tab.py" line="117"/>
        <source>Hoped for {hope}; enough was {enough}</source>
        <translation>Gehoopt: {hope}; genoeg was: {enough}</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/reflection_tab.py" line="144"/>
        <source>Take over topics</source>
        <translation>Onderwerpen overnemen</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../nlinkoop/briefing/report.py" line="29"/>
        <source>Meeting report</source>
        <translation>Gespreksverslag</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/report.py" line="30"/>
        <source>Meeting {n}</source>
        <translation>Gesprek {n}</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/report.py" line="31"/>
        <source>With</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/report.py" line="32"/>
        <source>Attending</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/report.py" line="33"/>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/report.py" line="34"/>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/report.py" line="35"/>
        <source>Open points</source>
        <translation>Open punten</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/report.py" line="36"/>
        <source>Next meeting</source>
        <translation>Volgend gesprek</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/report.py" line="37"/>
        <source>by {date}</source>
        <translation>vóór {date}</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/briefing/report.py" line="38"/>
        <source>Nothing was logged to report.</source>
        <translation>Er is niets vastgelegd om te melden.</translation>
    </message>
</context>
<context>
    <name>ScoreTableModel</name>
    <message>
        <location filename="../../nlinkoop/ui/tabs/wishes_tab.py" line="258"/>
        <location filename="../../nlinkoop/ui/models/score_model.py" line="108"/>
        <source>Criterion {number}</source>
        <translation>Criterium {number}</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/models/score_model.py" line="112"/>
        <source>Tender {number}</source>
        <translation>Inschrijving {number}</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/models/score_model.py" line="154"/>
        <source>Edit score</source>
        <translation>Score wijzigen</translation>
    </message>
</context>
<context>
    <name>SectionCount</name>
    <message numerus="yes">
        <location filename="../../nlinkoop/ui/window/briefing.py" line="97"/>
        <source>%n section(s) shortened</source>
        <translation>
            <numerusform>%n sectie ingekort</numerusform>
            <numerusform>%n secties ingekort</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/send_dialog.py" line="36"/>
        <source>Send to a colleague</source>
        <translation>Versturen naar collega</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/send_dialog.py" line="40"/>
        <source>Choose what to send. nlinkoop makes a new workbook with these preparations (and the pitches they use) that you can attach to an e-mail.</source>
        <translation>Kies wat je verstuurt. nlinkoop maakt een nieuw werkboek met deze voorbereidingen (en de pitches die ze gebruiken) dat je bij een e-mail kunt voegen.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/send_dialog.py" line="48"/>
        <source>(untitled)</source>
        <translation>(zonder titel)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/send_dialog.py" line="60"/>
        <source>&amp;Save for sending...</source>
        <translation>&amp;Opslaan om te versturen…</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/send_dialog.py" line="61"/>
        <source>Select &amp;all</source>
        <translation>&amp;Alles kiezen</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <location filename="../../nlinkoop/ui/window/sharing.py" line="199"/>
        <location filename="../../nlinkoop/ui/window/sharing.py" line="312"/>
        <source>the workbook is read-only</source>
        <translation>het werkboek is alleen-lezen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/sharing.py" line="323"/>
        <source>Saved in {name} at {time}</source>
        <translation>Opgeslagen in {name} om {time}</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/sharing.py" line="335"/>
        <source>Conflict copy</source>
        <translation>Conflictkopie</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/sharing.py" line="328"/>
        <source>Someone else changed the same fields; their version is in the file. Your version is saved as {path}.</source>
        <translation>Iemand anders wijzigde dezelfde velden; die versie staat in het bestand. Jouw versie is bewaard als {path}.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/sharing.py" line="339"/>
        <source>Not saved in the file: {reason}</source>
        <translation>Niet in het bestand opgeslagen: {reason}</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/sharing.py" line="349"/>
        <source>Not saved in the file</source>
        <translation>Niet in het bestand opgeslagen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/sharing.py" line="351"/>
        <source>Your changes could not be saved in {name}: {reason}. They are kept, and nlinkoop tries again with your next change.</source>
        <translation>Je wijzigingen konden niet in {name} worden opgeslagen: {reason}. Ze blijven bewaard; nlinkoop probeert het opnieuw bij je volgende wijziging.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/sharing.py" line="434"/>
        <source>someone else</source>
        <translation>iemand anders</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/sharing.py" line="435"/>
        <source>Updated with changes by {user}</source>
        <translation>Bijgewerkt met wijzigingen van {user}</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/sharing.py" line="450"/>
        <source>Save as</source>
        <translation>Opslaan als</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/sharing.py" line="456"/>
        <location filename="../../nlinkoop/ui/window/sharing.py" line="462"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/sharing.py" line="456"/>
        <source>Choose another file.</source>
        <translation>Kies een ander bestand.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/sharing.py" line="468"/>
        <source>Saved as {name}</source>
        <translation>Opgeslagen als {name}</translation>
    </message>
</context>
<context>
    <name>SharingActions</name>
    <message>
        <location filename="../../nlinkoop/ui/window/sharing_actions.py" line="58"/>
        <source>Merge with</source>
        <translation>Samenvoegen met</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/sharing_actions.py" line="60"/>
        <source>This workbook is read-only. Save it as a new file first.</source>
        <translation>Dit werkboek is alleen-lezen. Sla het eerst op als nieuw bestand.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/sharing_actions.py" line="67"/>
        <source>This is the open workbook; choose another.</source>
        <translation>Dit is het geopende werkboek; kies een ander.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/sharing_actions.py" line="73"/>
        <source>Merge cancelled; nothing was changed.</source>
        <translation>Samenvoegen geannuleerd; er is niets veranderd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nlinkoop/ui/window/sharing_actions.py" line="81"/>
        <source>%n preparation(s) updated</source>
        <translation>
            <numerusform>%n voorbereiding bijgewerkt</numerusform>
            <numerusform>%n voorbereidingen bijgewerkt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/sharing_actions.py" line="83"/>
        <source>procurement policy updated</source>
        <translation>inkoopbeleid bijgewerkt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nlinkoop/ui/window/sharing_actions.py" line="84"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/sharing_actions.py" line="92"/>
        <source>Send to a colleague</source>
        <translation>Versturen naar collega</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/sharing_actions.py" line="95"/>
        <source>There are no preparations to send.</source>
        <translation>Er zijn geen voorbereidingen om te versturen.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/sharing_actions.py" line="99"/>
        <source>Your changes are not in this read-only file. Save as first.</source>
        <translation>Je wijzigingen staan niet in dit alleen-lezen bestand. Gebruik eerst Opslaan als.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/sharing_actions.py" line="109"/>
        <source>(to send)</source>
        <translation>(te versturen)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/sharing_actions.py" line="114"/>
        <source>Choose another file.</source>
        <translation>Kies een ander bestand.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/sharing_actions.py" line="125"/>
        <source>This preparation is no longer in the workbook.</source>
        <translation>Deze voorbereiding staat niet meer in het werkboek.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nlinkoop/ui/window/sharing_actions.py" line="129"/>
        <source>%n preparation(s) saved in {path}. Attach this file to an e-mail.</source>
        <translation>
            <numerusform>%n voorbereiding opgeslagen in {path}. Voeg dit bestand toe aan een e-mail.</numerusform>
            <numerusform>%n voorbereidingen opgeslagen in {path}. Voeg dit bestand toe aan een e-mail.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepView</name>
    <message>
        <location filename="../../nlinkoop/ui/window/step_view.py" line="56"/>
        <source>not applicable</source>
        <translation>niet van toepassing</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/step_view.py" line="57"/>
        <source>{filled} of {total}</source>
        <translation>{filled} van {total}</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/step_view.py" line="155"/>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
</context>
<context>
    <name>TabTexts</name>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="23"/>
        <source>Our side</source>
        <translation>Onze kant</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="24"/>
        <source>Their side</source>
        <translation>Hun kant</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="27"/>
        <source>Us</source>
        <translation>Wij</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="28"/>
        <location filename="../../nlinkoop/vocabulary.py" line="44"/>
        <source>Supplier</source>
        <translation>Leverancier</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="29"/>
        <source>Internal client</source>
        <translation>Interne klant</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="30"/>
        <source>Others</source>
        <translation>Anderen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="33"/>
        <source>Must have</source>
        <translation>Moet</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="34"/>
        <source>Important</source>
        <translation>Belangrijk</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="35"/>
        <source>Nice to have</source>
        <translation>Mooi meegenomen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="38"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="39"/>
        <source>Condition</source>
        <translation>Voorwaarde</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="40"/>
        <source>Concern</source>
        <translation>Zorg</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="43"/>
        <source>Market</source>
        <translation>Markt</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/capacity_tab.py" line="35"/>
        <location filename="../../nlinkoop/vocabulary.py" line="45"/>
        <source>Alternative</source>
        <translation>Alternatief</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="48"/>
        <source>Reflect</source>
        <translation>Reflecteren</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="49"/>
        <source>Spar</source>
        <translation>Sparren</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="50"/>
        <source>Read</source>
        <translation>Lezen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="51"/>
        <source>Train</source>
        <translation>Trainen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="54"/>
        <source>Commercial</source>
        <translation>Commercieel</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="55"/>
        <source>Public (Procurement Act)</source>
        <translation>Publiek (Aanbestedingswet)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/reflection_tab.py" line="24"/>
        <location filename="../../nlinkoop/vocabulary.py" line="58"/>
        <location filename="../../nlinkoop/vocabulary.py" line="100"/>
        <location filename="../../nlinkoop/vocabulary.py" line="109"/>
        <source>Not chosen yet</source>
        <translation>Nog niet gekozen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="59"/>
        <source>Open procedure (European)</source>
        <translation>Openbare procedure (Europees)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="60"/>
        <source>Open procedure (national)</source>
        <translation>Openbare procedure (nationaal)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="62"/>
        <source>Restricted procedure (European)</source>
        <translation>Niet-openbare procedure (Europees)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="66"/>
        <source>Restricted procedure (national)</source>
        <translation>Niet-openbare procedure (nationaal)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="70"/>
        <source>Competitive procedure with negotiation</source>
        <translation>Mededingingsprocedure met onderhandeling</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="73"/>
        <source>Competitive dialogue</source>
        <translation>Concurrentiegerichte dialoog</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="74"/>
        <source>Innovation partnership</source>
        <translation>Innovatiepartnerschap</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="76"/>
        <source>Negotiated procedure without prior publication</source>
        <translation>Onderhandelingsprocedure zonder aankondiging</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="79"/>
        <source>Concession</source>
        <translation>Concessie</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="80"/>
        <source>Multiple private procedure</source>
        <translation>Meervoudig onderhandse procedure</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="81"/>
        <source>Single private procedure</source>
        <translation>Enkelvoudig onderhandse procedure</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="83"/>
        <source>Running contract: option or extension</source>
        <translation>Lopende overeenkomst: optie of verlenging</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="87"/>
        <source>Running contract: change during the term</source>
        <translation>Lopende overeenkomst: wijziging tijdens de looptijd</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="91"/>
        <source>Call-off: framework with one party</source>
        <translation>Nadere opdracht: raamovereenkomst met één partij</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="95"/>
        <source>Call-off: framework with several parties</source>
        <translation>Nadere opdracht: raamovereenkomst met meer partijen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="101"/>
        <source>Supplies and services</source>
        <translation>Leveringen en diensten</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="102"/>
        <source>Works</source>
        <translation>Werken</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="104"/>
        <source>Social and other specific services</source>
        <translation>Sociale en andere specifieke diensten</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="111"/>
        <source>Other contracting authority (municipality, school board, ...)</source>
        <translation>Andere aanbestedende dienst (gemeente, schoolbestuur, ...)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="116"/>
        <source>The State (central government)</source>
        <translation>De Staat (rijksoverheid)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="117"/>
        <source>Utility (special sectors)</source>
        <translation>Speciale-sectorbedrijf</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="120"/>
        <source>Not said yet</source>
        <translation>Nog niet gezegd</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="121"/>
        <source>Yes, options and extensions included</source>
        <translation>Ja, met opties en verlengingen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="122"/>
        <source>No, without options and extensions</source>
        <translation>Nee, zonder opties en verlengingen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="125"/>
        <source>Not sure yet</source>
        <translation>Weet ik nog niet</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="126"/>
        <source>Yes, I see a risk</source>
        <translation>Ja, ik zie een risico</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/texts.py" line="79"/>
        <location filename="../../nlinkoop/ui/tabs/reflection_tab.py" line="32"/>
        <location filename="../../nlinkoop/vocabulary.py" line="127"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="133"/>
        <source>Power strategy</source>
        <translation>Machtsstrategie</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="134"/>
        <source>Treating the meeting as a game with a winner and a loser.</source>
        <translation>Het gesprek zien als een spel met een winnaar en een verliezer.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="137"/>
        <source>Cards close to the chest</source>
        <translation>Kaarten tegen de borst</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="138"/>
        <source>Sharing as little as possible, because information is power.</source>
        <translation>Zo weinig mogelijk delen, omdat informatie macht is.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="143"/>
        <source>Tactical delay</source>
        <translation>Tactische vertraging</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="144"/>
        <source>Letting the other side bid or speak first, to gain an advantage.</source>
        <translation>De ander eerst laten bieden of praten, om er voordeel uit te halen.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="149"/>
        <source>Putting on pressure</source>
        <translation>Onder druk zetten</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="150"/>
        <source>Forcing concessions with deadlines, threats or haste.</source>
        <translation>Concessies afdwingen met deadlines, dreigementen of haast.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="153"/>
        <source>&quot;Everything 50% cheaper&quot;</source>
        <translation>&quot;Alles 50% goedkoper&quot;</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="154"/>
        <source>The lowest price as the goal, apart from value, context and the whole life cycle.</source>
        <translation>De laagste prijs als doel, los van waarde, context en de hele levensduur.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="162"/>
        <source>Openness at the start</source>
        <translation>Openheid bij aanvang</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="163"/>
        <source>Say what you come to do and what you come to get.</source>
        <translation>Zeg wat je komt doen en wat je komt halen.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="166"/>
        <source>Trust as the starting point</source>
        <translation>Vertrouwen als vertrekpunt</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="167"/>
        <source>Being transparent brings understanding and room for creative solutions.</source>
        <translation>Transparantie geeft begrip en ruimte voor creatieve oplossingen.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="172"/>
        <source>Side by side at the table, not opposite each other</source>
        <translation>Samen aan tafel, niet tegenover elkaar</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="173"/>
        <source>You are entering a long-term contract together.</source>
        <translation>Je gaat samen met de leverancier een contract voor lange tijd aan.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="176"/>
        <source>Interests in view, not just price</source>
        <translation>Zicht op belangen, niet alleen op prijs</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="177"/>
        <source>Talk about value, considerations and trade-offs.</source>
        <translation>Praat over waarde, afwegingen en wat je wilt uitruilen.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="180"/>
        <source>Naming uncertainties</source>
        <translation>Onzekerheden benoemen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="181"/>
        <source>Saying what is uncertain takes pressure away and makes room to work together.</source>
        <translation>Hardop zeggen wat onzeker is, haalt druk weg en geeft ruimte om samen te werken.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="189"/>
        <source>Do I need to react?</source>
        <translation>Moet ik reageren?</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="190"/>
        <source>Is it necessary that I react, or do I let this go?</source>
        <translation>Is het nodig dat ik reageer, of laat ik dit gaan?</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="193"/>
        <source>Does this fit my role?</source>
        <translation>Past dit bij mijn rol?</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="194"/>
        <source>Does this fit what I represent here and what I want to contribute?</source>
        <translation>Past dit bij wat ik hier vertegenwoordig en wat ik wil bijdragen?</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="199"/>
        <source>Is this good for the whole?</source>
        <translation>Is dit goed voor het geheel?</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="200"/>
        <source>Is this good for the larger whole, or am I keeping something alive that chafes?</source>
        <translation>Is dit goed voor het grotere geheel, of houd ik iets in stand dat schuurt?</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="208"/>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="209"/>
        <source>Leverage</source>
        <translation>Hefboom</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="210"/>
        <source>Bottleneck</source>
        <translation>Knelpunt</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="211"/>
        <source>Strategic</source>
        <translation>Strategisch</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="214"/>
        <source>Nuisance</source>
        <translation>Lastig</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="215"/>
        <source>Exploitable</source>
        <translation>Uitmelken</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="216"/>
        <source>Development</source>
        <translation>Ontwikkelen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/vocabulary.py" line="217"/>
        <source>Core</source>
        <translation>Kern</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/texts.py" line="65"/>
        <source>Points for price and quality</source>
        <translation>Punten voor prijs en kwaliteit</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/texts.py" line="66"/>
        <source>Gunnen op Waarde (quality in euros)</source>
        <translation>Gunnen op Waarde (kwaliteit in euro&apos;s)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/texts.py" line="69"/>
        <source>Relative to the lowest price</source>
        <translation>Relatief ten opzichte van de laagste prijs</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/texts.py" line="71"/>
        <source>Linear between the lowest and a reference price</source>
        <translation>Lineair tussen de laagste prijs en een referentieprijs</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/texts.py" line="76"/>
        <source>Not weighed yet</source>
        <translation>Nog niet afgewogen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/texts.py" line="77"/>
        <location filename="../../nlinkoop/ui/tabs/reflection_tab.py" line="31"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/texts.py" line="78"/>
        <source>Doubt</source>
        <translation>Twijfel</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/texts.py" line="94"/>
        <source>This is a public purchase, but no procedure is chosen yet. The procedure decides how much room there is to negotiate.</source>
        <translation>Dit is een publieke inkoop, maar er is nog geen procedure gekozen. De procedure bepaalt hoeveel ruimte er is om te onderhandelen.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/texts.py" line="99"/>
        <source>Our own alternative is not described yet. Knowing what you will do without an agreement keeps fear from steering you.</source>
        <translation>Ons eigen alternatief is nog niet beschreven. Als je weet wat je doet zonder akkoord, stuurt angst je niet.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/texts.py" line="104"/>
        <source>There is no opening statement yet. Openness at the start helps: say what you come to do and what you come to get.</source>
        <translation>Er is nog geen openingszin. Openheid bij aanvang helpt: zeg wat je komt doen en wat je komt halen.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/texts.py" line="109"/>
        <source>You see a risk of &quot;{pattern}&quot;, but have not written yet what you will do instead.</source>
        <translation>Je ziet een risico op &quot;{pattern}&quot;, maar hebt nog niet opgeschreven wat je in plaats daarvan doet.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/texts.py" line="114"/>
        <source>More than one wish: temper them to at most one. With many wishes the best writer wins, not the best party.</source>
        <translation>Meer dan één wens: beperk ze tot hooguit één. Met veel wensen wint de beste schrijver, niet de beste partij.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/texts.py" line="119"/>
        <source>not substantiated yet. What does it add for customers, for the organisation&apos;s development or for the quality of the process?</source>
        <translation>nog niet onderbouwd. Wat levert de wens op voor de klant, voor de ontwikkeling van de organisatie of voor de kwaliteit van het proces?</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/texts.py" line="124"/>
        <source>carried over from an earlier tender. Keep it only if it still meets a real need today.</source>
        <translation>overgenomen uit een eerdere aanbesteding. Houd de wens alleen als die nu nog een echte behoefte dient.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/texts.py" line="128"/>
        <source>has points but no euros per point yet. What is the score worth to us in euros?</source>
        <translation>heeft punten maar nog geen euro&apos;s per punt. Wat is de score ons in euro&apos;s waard?</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/texts.py" line="132"/>
        <source>looks like a company certificate. That says something about the company, not about this contract: it likely belongs in the suitability requirements, not in the award.</source>
        <translation>lijkt op een bedrijfscertificaat. Dat zegt iets over het bedrijf, niet over deze opdracht: het hoort waarschijnlijk bij de geschiktheidseisen, niet bij de gunning.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/texts.py" line="142"/>
        <source>Strategic or a bottleneck for us, but a nuisance to them: expect little priority. Invest in the relationship or in alternatives.</source>
        <translation>Strategisch of een knelpunt voor ons, maar lastig voor hen: verwacht weinig voorrang. Investeer in de relatie of in alternatieven.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/texts.py" line="147"/>
        <source>Strategic or a bottleneck for us, but a nuisance to them: expect few tenders. Consult the market beforehand and make the request worth their while.</source>
        <translation>Strategisch of een knelpunt voor ons, maar lastig voor hen: verwacht weinig inschrijvingen. Consulteer de markt vooraf en maak de uitvraag de moeite waard.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/texts.py" line="152"/>
        <source>Strategic or a bottleneck for us, and they see room to profit: they may exploit our dependence. Know the market and your alternative.</source>
        <translation>Strategisch of een knelpunt voor ons, en zij zien ruimte om ons uit te melken: zij kunnen onze afhankelijkheid uitbuiten. Ken de markt en je alternatief.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/texts.py" line="157"/>
        <source>Routine or leverage for us, while we matter to them: they need us more than we need them. Use that room, without squeezing.</source>
        <translation>Routine of hefboom voor ons, terwijl wij voor hen tellen: zij hebben ons meer nodig dan wij hen. Gebruik die ruimte, zonder uit te knijpen.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/texts.py" line="162"/>
        <source>Routine or leverage for us, while we matter to them: they need us more than we need them. Use that room only as far as the procedure allows, the same for every tenderer, and without squeezing.</source>
        <translation>Routine of hefboom voor ons, terwijl wij voor hen tellen: zij hebben ons meer nodig dan wij hen. Gebruik die ruimte alleen voor zover de procedure dat toelaat, voor elke inschrijver gelijk, en zonder uit te knijpen.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/texts.py" line="168"/>
        <source>Routine or leverage for us, while we matter to them: they need us more than we need them. Expect keen tenders, and put your influence into a clear request with award criteria that reward value.</source>
        <translation>Routine of hefboom voor ons, terwijl wij voor hen tellen: zij hebben ons meer nodig dan wij hen. Verwacht scherpe inschrijvingen, en steek je invloed in een heldere uitvraag met gunningscriteria die waarde belonen.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/basics_tab.py" line="19"/>
        <source>Side</source>
        <translation>Kant</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/basics_tab.py" line="20"/>
        <location filename="../../nlinkoop/ui/tabs/basics_tab.py" line="27"/>
        <location filename="../../nlinkoop/ui/tabs/capacity_tab.py" line="18"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/basics_tab.py" line="21"/>
        <location filename="../../nlinkoop/ui/tabs/basics_tab.py" line="28"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/basics_tab.py" line="29"/>
        <source>May agree to</source>
        <translation>Mag toezeggen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/interests_tab.py" line="17"/>
        <location filename="../../nlinkoop/ui/tabs/opportunity_tab.py" line="15"/>
        <source>Party</source>
        <translation>Partij</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/interests_tab.py" line="18"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/interests_tab.py" line="19"/>
        <source>Why (the value behind it)</source>
        <translation>Waarom (de waarde erachter)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/capacity_tab.py" line="17"/>
        <location filename="../../nlinkoop/ui/tabs/capacity_tab.py" line="29"/>
        <location filename="../../nlinkoop/ui/tabs/opportunity_tab.py" line="16"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/capacity_tab.py" line="19"/>
        <location filename="../../nlinkoop/ui/tabs/capacity_tab.py" line="25"/>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/capacity_tab.py" line="22"/>
        <source>Cost component</source>
        <translation>Kostenpost</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/capacity_tab.py" line="23"/>
        <source>Share (%)</source>
        <translation>Aandeel (%)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/capacity_tab.py" line="24"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/capacity_tab.py" line="27"/>
        <source>Policy goal</source>
        <translation>Beleidsdoel</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/capacity_tab.py" line="30"/>
        <source>What I will do</source>
        <translation>Wat ik ga doen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/capacity_tab.py" line="31"/>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/capacity_tab.py" line="34"/>
        <source>Whose</source>
        <translation>Van wie</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/capacity_tab.py" line="36"/>
        <source>How to improve it</source>
        <translation>Hoe we het verbeteren</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/capacity_tab.py" line="39"/>
        <location filename="../../nlinkoop/ui/tabs/opportunity_tab.py" line="20"/>
        <location filename="../../nlinkoop/ui/tabs/reflection_tab.py" line="19"/>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/capacity_tab.py" line="40"/>
        <location filename="../../nlinkoop/ui/tabs/interests_tab.py" line="20"/>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/capacity_tab.py" line="41"/>
        <source>We hope for</source>
        <translation>We hopen op</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/capacity_tab.py" line="42"/>
        <source>Enough is</source>
        <translation>Genoeg is</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/capacity_tab.py" line="43"/>
        <source>Our limit (internal)</source>
        <translation>Onze grens (intern)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/capacity_tab.py" line="44"/>
        <source>If you ...</source>
        <translation>Als jullie ...</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/capacity_tab.py" line="45"/>
        <source>... then we</source>
        <translation>... dan wij</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/interests_tab.py" line="23"/>
        <source>What is uncertain</source>
        <translation>Wat is onzeker</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/interests_tab.py" line="24"/>
        <source>For whom</source>
        <translation>Voor wie</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/interests_tab.py" line="25"/>
        <source>How we name it</source>
        <translation>Hoe we het benoemen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/interests_tab.py" line="28"/>
        <source>Option</source>
        <translation>Optie</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/interests_tab.py" line="29"/>
        <source>Value for us</source>
        <translation>Waarde voor ons</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/interests_tab.py" line="30"/>
        <source>Value for them</source>
        <translation>Waarde voor hen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/wishes_tab.py" line="39"/>
        <source>No wish</source>
        <translation>Geen wens</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/wishes_tab.py" line="41"/>
        <source>Wish</source>
        <translation>Wens</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/wishes_tab.py" line="42"/>
        <location filename="../../nlinkoop/ui/tabs/wishes_tab.py" line="189"/>
        <source>Points</source>
        <translation>Punten</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/wishes_tab.py" line="45"/>
        <source>Euros per point</source>
        <translation>Euro per punt</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/wishes_tab.py" line="50"/>
        <source>Worth</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/wishes_tab.py" line="53"/>
        <source>Cost to score</source>
        <translation>Kosten om te scoren</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/wishes_tab.py" line="58"/>
        <source>Carried over</source>
        <translation>Overgenomen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/wishes_tab.py" line="59"/>
        <source>Worth it?</source>
        <translation>De moeite waard?</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/wishes_tab.py" line="62"/>
        <source>Sample tender</source>
        <translation>Voorbeeldinschrijving</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/wishes_tab.py" line="65"/>
        <source>Price over the whole term</source>
        <translation>Prijs over de hele looptijd</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/wishes_tab.py" line="186"/>
        <source>Award criterion</source>
        <translation>Gunningscriterium</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/interests_tab.py" line="33"/>
        <source>Criterion</source>
        <translation>Maatstaf</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/wishes_tab.py" line="196"/>
        <source>Value in euros</source>
        <translation>Waarde in euro&apos;s</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/wishes_tab.py" line="203"/>
        <source>Scores the wish</source>
        <translation>Hoort bij wens</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/interests_tab.py" line="34"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/interests_tab.py" line="36"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/checklist_tab.py" line="15"/>
        <source>Red line</source>
        <translation>Rode lijn</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/opportunity_tab.py" line="17"/>
        <source>What they said</source>
        <translation>Wat zij zeiden</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/opportunity_tab.py" line="21"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/opportunity_tab.py" line="22"/>
        <source>Who leads</source>
        <translation>Wie leidt</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/reflection_tab.py" line="20"/>
        <source>We aimed for</source>
        <translation>Wat we wilden</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/reflection_tab.py" line="21"/>
        <source>What was agreed</source>
        <translation>Wat is afgesproken</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/reflection_tab.py" line="25"/>
        <source>Opportunity</source>
        <translation>Gelegenheid</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/reflection_tab.py" line="26"/>
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/reflection_tab.py" line="27"/>
        <source>Motivation</source>
        <translation>Motivatie</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/reflection_tab.py" line="30"/>
        <source>Not answered</source>
        <translation>Niet ingevuld</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <location filename="../../nlinkoop/ui/window/teamserver.py" line="156"/>
        <source>S&amp;ync now</source>
        <translation>Nu s&amp;ynchroniseren</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/teamserver.py" line="153"/>
        <source>Connect to teamser&amp;ver...</source>
        <translation>Verbinden met &amp;teamserver…</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/teamserver.py" line="159"/>
        <location filename="../../nlinkoop/ui/window/teamserver.py" line="469"/>
        <source>Share &amp;with the team</source>
        <translation>&amp;Delen met het team</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/teamserver.py" line="210"/>
        <source>Not synced yet</source>
        <translation>Nog niet gesynchroniseerd</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/teamserver.py" line="237"/>
        <source>Password not saved</source>
        <translation>Wachtwoord niet bewaard</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/teamserver.py" line="238"/>
        <source>This computer has no keyring: the password is kept until you close.</source>
        <translation>Deze computer heeft geen sleutelbos: het wachtwoord blijft bewaard tot je afsluit.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/teamserver.py" line="248"/>
        <source>The organisation&apos;s CA certificate</source>
        <translation>CA-certificaat van de organisatie</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/teamserver.py" line="250"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificaten (*.pem *.crt *.cer);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/teamserver.py" line="269"/>
        <source>Syncing...</source>
        <translation>Synchroniseren…</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/teamserver.py" line="325"/>
        <source>Synced at {time}</source>
        <translation>Gesynchroniseerd om {time}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nlinkoop/ui/window/teamserver.py" line="327"/>
        <source>(%n change(s) not yours to share)</source>
        <translation>
            <numerusform>(%n wijziging niet van jou om te delen)</numerusform>
            <numerusform>(%n wijzigingen niet van jou om te delen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../nlinkoop/ui/window/teamserver.py" line="396"/>
        <source>Offline: %n change(s) waiting</source>
        <translation>
            <numerusform>Offline: %n wijziging wacht</numerusform>
            <numerusform>Offline: %n wijzigingen wachten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/teamserver.py" line="376"/>
        <source>Conflict: click to decide</source>
        <translation>Conflict: klik om te beslissen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/teamserver.py" line="381"/>
        <source>Not synced: {reason}</source>
        <translation>Niet gesynchroniseerd: {reason}</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/teamserver.py" line="398"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/teamserver.py" line="401"/>
        <source>Teamserver: {reason}</source>
        <translation>Teamserver: {reason}</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/teamserver.py" line="444"/>
        <source>Click to decide the conflicts</source>
        <translation>Klik om de conflicten te beslissen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/teamserver.py" line="444"/>
        <source>Click to sync now</source>
        <translation>Klik om nu te synchroniseren</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/teamserver.py" line="466"/>
        <source>Shared by {owner}: changes here stay here</source>
        <translation>Gedeeld door {owner}: wijzigingen hier blijven hier</translation>
    </message>
</context>
<context>
    <name>TeamserverDialog</name>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/teamserver_dialog.py" line="85"/>
        <source>Fill in the database.</source>
        <translation>Vul de database in.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/teamserver_dialog.py" line="87"/>
        <source>Fill in your user name.</source>
        <translation>Vul je gebruikersnaam in.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/teamserver_dialog.py" line="89"/>
        <source>A teamserver on another computer needs TLS with a verified certificate.</source>
        <translation>Een teamserver op een andere computer vraagt TLS met een gecontroleerd certificaat.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/teamserver_dialog.py" line="94"/>
        <source>The port after the colon must be a number from 1 to 65535.</source>
        <translation>De poort na de dubbele punt moet een getal van 1 tot 65535 zijn.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/teamserver_dialog.py" line="129"/>
        <source>Connect to teamserver</source>
        <translation>Verbinden met teamserver</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/teamserver_dialog.py" line="144"/>
        <source>The teamserver keeps your workbook in step with your team&apos;s. Whoever runs it gives you these details.</source>
        <translation>De teamserver houdt je werkboek gelijk met dat van je team. Wie de server beheert, geeft je deze gegevens.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/teamserver_dialog.py" line="152"/>
        <source>e.g. db.example.org or db.example.org:5433</source>
        <translation>bijv. db.voorbeeld.nl of db.voorbeeld.nl:5433</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/teamserver_dialog.py" line="162"/>
        <source>Empty: those this computer trusts</source>
        <translation>Leeg: die deze computer vertrouwt</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/teamserver_dialog.py" line="163"/>
        <source>C&amp;hoose...</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/teamserver_dialog.py" line="174"/>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/teamserver_dialog.py" line="175"/>
        <source>&amp;Database</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/teamserver_dialog.py" line="176"/>
        <source>&amp;User name</source>
        <translation>&amp;Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/teamserver_dialog.py" line="177"/>
        <source>&amp;Password</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/teamserver_dialog.py" line="178"/>
        <source>Organisation&apos;s &amp;CA certificate</source>
        <translation>&amp;CA-certificaat van de organisatie</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/teamserver_dialog.py" line="186"/>
        <source>&amp;Remember the password in this system&apos;s keyring</source>
        <translation>Wachtwoord &amp;onthouden in de sleutelbos van dit systeem</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/teamserver_dialog.py" line="191"/>
        <source>This system has no keyring: you type the password each time you connect.</source>
        <translation>Dit systeem heeft geen sleutelbos: je typt het wachtwoord bij elke verbinding.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/teamserver_dialog.py" line="217"/>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/teamserver_dialog.py" line="221"/>
        <source>D&amp;isconnect</source>
        <translation>Verbinding ver&amp;breken</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/teamserver_dialog.py" line="312"/>
        <source>Fill in the server.</source>
        <translation>Vul de server in.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/teamserver_dialog.py" line="317"/>
        <source>The server is a host name or address, with :port if it is not 5432 (e.g. db.example.org:5433).</source>
        <translation>De server is een hostnaam of adres, met :poort als die niet 5432 is (bijv. db.voorbeeld.nl:5433).</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/teamserver_dialog.py" line="323"/>
        <source>The CA certificate file was not found.</source>
        <translation>Het bestand met het CA-certificaat is niet gevonden.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/dialogs/teamserver_dialog.py" line="393"/>
        <source>Address: {url}</source>
        <translation>Adres: {url}</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <location filename="../../nlinkoop/ui/widgets/verdict_panel.py" line="42"/>
        <source>en</source>
        <comment>code of this translation&apos;s language</comment>
        <translation>nl</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/verdict_panel.py" line="55"/>
        <source>Positioning, not negotiating: {procedure}</source>
        <translation>Positioneren, niet onderhandelen: {procedure}</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/verdict_panel.py" line="97"/>
        <location filename="../../nlinkoop/ui/widgets/verdict_panel.py" line="99"/>
        <source>May I negotiate here?</source>
        <translation>Mag ik hier onderhandelen?</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/verdict_panel.py" line="101"/>
        <source>Commercial negotiation or public positioning</source>
        <translation>Commercieel onderhandelen of publiek positioneren</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/verdict_panel.py" line="120"/>
        <source>Allowed:</source>
        <translation>Wel:</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/verdict_panel.py" line="121"/>
        <source>Not allowed:</source>
        <translation>Niet:</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/verdict_panel.py" line="122"/>
        <source>Practice, not law:</source>
        <translation>Praktijk, geen wet:</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/verdict_panel.py" line="124"/>
        <source>Legal basis:</source>
        <translation>Wettelijke grondslag:</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/verdict_panel.py" line="125"/>
        <source>Estimating the value:</source>
        <translation>Geraamde waarde:</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/verdict_panel.py" line="126"/>
        <source>Below the threshold:</source>
        <translation>Onder de drempel:</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/verdict_panel.py" line="178"/>
        <source>{law}, version of {version} · checked on {date}</source>
        <translation>{law}, versie van {version} · gecontroleerd op {date}</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/verdict_panel.py" line="211"/>
        <source>These thresholds applied until {date}; they are the last known amounts. Look up the current ones at PIANOo or in your procurement policy.</source>
        <translation>Deze drempels golden tot {date}; het zijn de laatst bekende bedragen. Zoek de huidige op bij PIANOo of in je inkoopbeleid.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/verdict_panel.py" line="123"/>
        <source>Not certain:</source>
        <translation>Niet zeker:</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/verdict_panel.py" line="127"/>
        <source>Checked:</source>
        <translation>Gecontroleerd:</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/verdict_panel.py" line="133"/>
        <source>European thresholds (excl. VAT)</source>
        <translation>Europese drempelbedragen (excl. btw)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/verdict_panel.py" line="216"/>
        <source>{what}: {amount} ({start} to {end})</source>
        <translation>{what}: {amount} ({start} t/m {end})</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../nlinkoop/ui/window/main_window.py" line="661"/>
        <location filename="../../nlinkoop/ui/window/menus.py" line="91"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/menus.py" line="94"/>
        <source>&amp;New workbook...</source>
        <translation>&amp;Nieuw werkboek…</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/menus.py" line="101"/>
        <source>New &amp;preparation</source>
        <translation>Nieuwe &amp;voorbereiding</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/menus.py" line="108"/>
        <source>&amp;Open...</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/menus.py" line="113"/>
        <source>&amp;Recent files</source>
        <translation>&amp;Recente bestanden</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/menus.py" line="115"/>
        <source>My pi&amp;tch...</source>
        <translation>Mijn &amp;pitch…</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/menus.py" line="118"/>
        <source>Procurement &amp;policy...</source>
        <translation>Inkoop&amp;beleid…</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/main_window.py" line="668"/>
        <location filename="../../nlinkoop/ui/window/menus.py" line="125"/>
        <source>&amp;Briefing (PDF)...</source>
        <translation>&amp;Briefing (PDF)…</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/menus.py" line="133"/>
        <source>Save &amp;as...</source>
        <translation>Op&amp;slaan als…</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/menus.py" line="138"/>
        <source>Save a &amp;copy as...</source>
        <translation>&amp;Kopie opslaan als…</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/menus.py" line="140"/>
        <source>&amp;Merge with...</source>
        <translation>Samenvoegen &amp;met…</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/menus.py" line="143"/>
        <source>&amp;Send to a colleague...</source>
        <translation>Versturen naar &amp;collega…</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/menus.py" line="148"/>
        <source>&amp;Export (JSON)...</source>
        <translation>&amp;Exporteren (JSON)…</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/menus.py" line="149"/>
        <source>&amp;Import (JSON)...</source>
        <translation>&amp;Importeren (JSON)…</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/menus.py" line="151"/>
        <source>Open the e&amp;xample</source>
        <translation>&amp;Voorbeeld openen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/menus.py" line="154"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/main_window.py" line="662"/>
        <location filename="../../nlinkoop/ui/window/menus.py" line="157"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/menus.py" line="158"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/menus.py" line="160"/>
        <source>&amp;Redo</source>
        <translation>O&amp;pnieuw</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/main_window.py" line="663"/>
        <location filename="../../nlinkoop/ui/window/menus.py" line="167"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/main_window.py" line="669"/>
        <location filename="../../nlinkoop/ui/window/menus.py" line="169"/>
        <source>Briefing &amp;preview</source>
        <translation>&amp;Voorbeeld briefing</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/main_window.py" line="681"/>
        <location filename="../../nlinkoop/ui/window/menus.py" line="176"/>
        <source>Toolbar</source>
        <translation>Werkbalk</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/main_window.py" line="664"/>
        <location filename="../../nlinkoop/ui/window/menus.py" line="183"/>
        <source>&amp;Settings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/menus.py" line="185"/>
        <source>Your &amp;name and organisation...</source>
        <translation>Je &amp;naam en organisatie...</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/menus.py" line="187"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/main_window.py" line="665"/>
        <location filename="../../nlinkoop/ui/window/menus.py" line="197"/>
        <source>&amp;Help</source>
        <translation>&amp;Hulp</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/menus.py" line="200"/>
        <source>&amp;Commercial negotiation or public positioning</source>
        <translation>&amp;Commercieel onderhandelen of publiek positioneren</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/menus.py" line="205"/>
        <source>&amp;About nlinkoop</source>
        <translation>&amp;Over nlinkoop</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/menus.py" line="228"/>
        <location filename="../../nlinkoop/ui/window/menus.py" line="235"/>
        <source>New workbook</source>
        <translation>Nieuw werkboek</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/menus.py" line="228"/>
        <source>Workbook.db</source>
        <translation>Werkboek.db</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/menus.py" line="241"/>
        <location filename="../../nlinkoop/ui/window/menus.py" line="263"/>
        <source>Open workbook</source>
        <translation>Werkboek openen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/menus.py" line="264"/>
        <source>{name} is no longer there.</source>
        <translation>{name} is er niet meer.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/menus.py" line="273"/>
        <location filename="../../nlinkoop/ui/window/menus.py" line="278"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/menus.py" line="273"/>
        <source>Choose another file.</source>
        <translation>Kies een ander bestand.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/menus.py" line="287"/>
        <source>(copy)</source>
        <translation>(kopie)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/menus.py" line="288"/>
        <source>Save a copy as</source>
        <translation>Kopie opslaan als</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/menus.py" line="297"/>
        <source>Export (JSON)</source>
        <translation>Exporteren (JSON)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/menus.py" line="307"/>
        <location filename="../../nlinkoop/ui/window/menus.py" line="310"/>
        <source>Not exported</source>
        <translation>Niet geëxporteerd</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/menus.py" line="312"/>
        <source>Exported to {name}</source>
        <translation>Geëxporteerd naar {name}</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/menus.py" line="316"/>
        <source>Import (JSON)</source>
        <translation>Importeren (JSON)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/menus.py" line="325"/>
        <source>This is not a valid nlinkoop JSON file ({detail}).</source>
        <translation>Dit is geen geldig nlinkoop-JSON-bestand ({detail}).</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/menus.py" line="326"/>
        <location filename="../../nlinkoop/ui/window/menus.py" line="330"/>
        <location filename="../../nlinkoop/ui/window/menus.py" line="333"/>
        <location filename="../../nlinkoop/ui/window/menus.py" line="336"/>
        <source>Not imported</source>
        <translation>Niet geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/menus.py" line="329"/>
        <source>This is not a text file in UTF-8.</source>
        <translation>Dit is geen tekstbestand in UTF-8.</translation>
    </message>
</context>
<context>
    <name>WishForm</name>
    <message>
        <location filename="../../nlinkoop/ui/widgets/wish_form.py" line="74"/>
        <source>Enough (the achievable 6)</source>
        <translation>Genoeg (de haalbare 6)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/wish_form.py" line="75"/>
        <source>What we ask for and score on: a level a good supplier reaches.</source>
        <translation>Wat we vragen en waarop we scoren: een niveau dat een goede leverancier haalt.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/wish_form.py" line="81"/>
        <source>Aspiration (the 7.5)</source>
        <translation>Ambitie (de 7,5)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/wish_form.py" line="82"/>
        <source>What we would love on top. Welcome if it comes, but we do not ask for it.</source>
        <translation>Wat we er graag bovenop zouden zien. Welkom als het komt, maar we vragen er niet om.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/wish_form.py" line="92"/>
        <source>Customer value</source>
        <translation>Klantwaarde</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/wish_form.py" line="95"/>
        <source>Organisational development</source>
        <translation>Organisatieontwikkeling</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/wish_form.py" line="97"/>
        <source>Process quality</source>
        <translation>Proceskwaliteit</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/wish_form.py" line="112"/>
        <source>No wish selected</source>
        <translation>Geen wens gekozen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/wish_form.py" line="113"/>
        <source>Select a wish in the table to fill in its levels.</source>
        <translation>Kies een wens in de tabel om de niveaus in te vullen.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/wish_form.py" line="115"/>
        <source>(no description yet)</source>
        <translation>(nog geen omschrijving)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/wish_form.py" line="116"/>
        <source>Wish {number}: {name}</source>
        <translation>Wens {number}: {name}</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/wish_form.py" line="125"/>
        <source>Enter its points and euros per point in the table to see what the wish is worth.</source>
        <translation>Vul in de tabel de punten en de euro per punt in om te zien wat de wens waard is.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nlinkoop/ui/widgets/wish_form.py" line="131"/>
        <source>Worth {worth} (%n point(s) × {euro}). What does it cost a supplier to score on it?</source>
        <translation>
            <numerusform>De wens is {worth} waard (%n punt × {euro}). Wat kost het een leverancier om erop te scoren?</numerusform>
            <numerusform>De wens is {worth} waard (%n punten × {euro}). Wat kost het een leverancier om erop te scoren?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../nlinkoop/ui/widgets/wish_form.py" line="137"/>
        <source>Costs {cost} to score, is worth {worth} (%n point(s) × {euro}).</source>
        <translation>
            <numerusform>Scoren kost {cost}; de wens is {worth} waard (%n punt × {euro}).</numerusform>
            <numerusform>Scoren kost {cost}; de wens is {worth} waard (%n punten × {euro}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/widgets/wish_form.py" line="140"/>
        <source>Scoring on it costs more than it is worth.</source>
        <translation>Erop scoren kost meer dan het waard is.</translation>
    </message>
</context>
<context>
    <name>WishesTab</name>
    <message>
        <location filename="../../nlinkoop/ui/tabs/wishes_tab.py" line="100"/>
        <location filename="../../nlinkoop/ui/tabs/wishes_tab.py" line="313"/>
        <source>Enter a number such as 40 or 12,5</source>
        <translation>Vul een getal in, zoals 40 of 12,5</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/wishes_tab.py" line="120"/>
        <source>Wishes &amp; award</source>
        <translation>Wensen &amp; gunning</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/wishes_tab.py" line="124"/>
        <source>A tender is not a wish list. Keep at most one wish, and ask for an achievable 6, not an elusive 7.5. Put a price on points: which point are we willing to pay for, and what is the score worth in euros? Stop wishes that were only carried over from an earlier tender. Then try the award model on a few sample tenders: does the wish change who wins, and what does that cost?</source>
        <translation>Een aanbesteding is geen verlanglijst. Houd het bij hooguit één wens, en vraag om een haalbare 6, niet om een onbereikbare 7,5. Zet een prijs op punten: voor welk punt willen we betalen, en wat is de score ons in euro&apos;s waard? Stop met wensen die alleen uit een eerdere aanbesteding zijn overgenomen. Probeer daarna het gunningsmodel uit op een paar voorbeeldinschrijvingen: verandert de wens wie er wint, en wat kost dat?</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/wishes_tab.py" line="135"/>
        <source>Enter an amount such as 1.250,50</source>
        <translation>Vul een bedrag in, zoals 1.250,50</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/wishes_tab.py" line="137"/>
        <source>Wishes</source>
        <translation>Wensen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/wishes_tab.py" line="141"/>
        <source>This preparation is commercial. Wishes and an award model belong to a public tender; there is nothing to fill in here unless you prepare one.</source>
        <translation>Deze voorbereiding is commercieel. Wensen en een gunningsmodel horen bij een publieke aanbesteding; hier hoef je niets in te vullen, tenzij je er een voorbereidt.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/wishes_tab.py" line="146"/>
        <source>Wishes (keep at most one)</source>
        <translation>Wensen (hooguit één)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/wishes_tab.py" line="157"/>
        <source>Award model</source>
        <translation>Gunningsmodel</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/wishes_tab.py" line="158"/>
        <source>Award method</source>
        <translation>Gunningsmethode</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/wishes_tab.py" line="163"/>
        <source>Price points</source>
        <translation>Prijspunten</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/wishes_tab.py" line="167"/>
        <source>Price formula</source>
        <translation>Prijsformule</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/wishes_tab.py" line="173"/>
        <source>Reference price (no price points)</source>
        <translation>Referentieprijs (nul prijspunten)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/wishes_tab.py" line="176"/>
        <source>2 × lowest</source>
        <translation>2 × laagste</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/wishes_tab.py" line="184"/>
        <source>Quality criteria</source>
        <translation>Kwaliteitscriteria</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/wishes_tab.py" line="217"/>
        <location filename="../../nlinkoop/ui/tabs/wishes_tab.py" line="226"/>
        <source>Sample tenders</source>
        <translation>Voorbeeldinschrijvingen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/wishes_tab.py" line="221"/>
        <source>Enter a few tenders you expect, with their prices over the whole contract term, and what each would score on each criterion.</source>
        <translation>Vul een paar inschrijvingen in die je verwacht, met hun prijs over de hele looptijd, en wat elk zou scoren op elk criterium.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/wishes_tab.py" line="234"/>
        <source>What the award model means</source>
        <translation>Wat het gunningsmodel betekent</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/wishes_tab.py" line="269"/>
        <source>{wish}: {hint}</source>
        <translation>{wish}: {hint}</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/wishes_tab.py" line="315"/>
        <source>Enter a whole number such as 10</source>
        <translation>Vul een heel getal in, zoals 10</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/wishes_tab.py" line="324"/>
        <source>Add sample tenders and criteria to score them here.</source>
        <translation>Voeg voorbeeldinschrijvingen en criteria toe om ze hier te scoren.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/wishes_tab.py" line="326"/>
        <source>Scores in percent of each criterion&apos;s maximum</source>
        <translation>Scores in procenten van het maximum per criterium</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/wishes_tab.py" line="338"/>
        <source>Enter a percentage from 0 to 100, such as 62,5</source>
        <translation>Vul een percentage van 0 tot 100 in, zoals 62,5</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/tabs/wishes_tab.py" line="359"/>
        <source>A removed wish</source>
        <translation>Een verwijderde wens</translation>
    </message>
</context>
<context>
    <name>WorkbookError</name>
    <message>
        <location filename="../../nlinkoop/store/errors.py" line="56"/>
        <source>no such file</source>
        <translation>het bestand bestaat niet</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/store/errors.py" line="57"/>
        <source>a folder, not a workbook file</source>
        <translation>dit is een map, geen werkboekbestand</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/store/errors.py" line="58"/>
        <source>not a regular file, so not a workbook</source>
        <translation>geen gewoon bestand, dus geen werkboek</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/store/errors.py" line="59"/>
        <source>empty file, not a workbook</source>
        <translation>het bestand is leeg, geen werkboek</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/store/errors.py" line="60"/>
        <source>not an nlinkoop workbook</source>
        <translation>geen nlinkoop-werkboek</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/store/errors.py" line="61"/>
        <source>a SQLite database, but not an nlinkoop workbook</source>
        <translation>een SQLite-database, maar geen nlinkoop-werkboek</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/store/errors.py" line="64"/>
        <source>made with a newer nlinkoop (schema version {found}; this app knows up to {known})</source>
        <translation>gemaakt met een nieuwere nlinkoop (schemaversie {found}; deze versie kent tot en met {known})</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/store/errors.py" line="68"/>
        <source>damaged (truncated)</source>
        <translation>beschadigd (afgebroken bestand)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/store/errors.py" line="69"/>
        <source>damaged ({problem})</source>
        <translation>beschadigd ({problem})</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/store/errors.py" line="70"/>
        <source>unexpected write-ahead log mode (WAL), which nlinkoop workbooks never use</source>
        <translation>onverwachte WAL-modus, die nlinkoop-werkboeken nooit gebruiken</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/store/errors.py" line="73"/>
        <source>unexpected database objects ({objects})</source>
        <translation>onverwachte onderdelen in de database ({objects})</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/store/errors.py" line="76"/>
        <source>damaged (unreadable value: {problem})</source>
        <translation>beschadigd (onleesbare waarde: {problem})</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/store/errors.py" line="79"/>
        <source>damaged (unreadable value in {place}: {value})</source>
        <translation>beschadigd (onleesbare waarde in {place}: {value})</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/store/errors.py" line="82"/>
        <source>locked by another program; try again later</source>
        <translation>vergrendeld door een ander programma; probeer het later opnieuw</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/store/errors.py" line="83"/>
        <source>open in nlinkoop by {user} on {host} since {since}</source>
        <translation>geopend in nlinkoop door {user} op {host} sinds {since}</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/store/errors.py" line="86"/>
        <source>read-only; changes cannot be saved</source>
        <translation>alleen-lezen; wijzigingen kunnen niet worden opgeslagen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/store/errors.py" line="87"/>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/store/errors.py" line="88"/>
        <source>permission denied</source>
        <translation>geen toegang</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/store/errors.py" line="89"/>
        <source>cannot be opened (no access, or the location is unreachable)</source>
        <translation>kan niet worden geopend (geen toegang, of de locatie is niet bereikbaar)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/store/errors.py" line="92"/>
        <source>could not be read or written (disk or network error)</source>
        <translation>kon niet worden gelezen of geschreven (schijf- of netwerkfout)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/store/errors.py" line="95"/>
        <source>a file with this name already exists</source>
        <translation>er bestaat al een bestand met deze naam</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/store/errors.py" line="96"/>
        <source>the folder does not exist</source>
        <translation>de map bestaat niet</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/store/errors.py" line="97"/>
        <source>an interrupted save must be rolled back first; open the workbook in nlinkoop to do so</source>
        <translation>een onderbroken opslag moet eerst worden teruggedraaid; open het werkboek daarvoor in nlinkoop</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/store/errors.py" line="101"/>
        <source>the file name is too long for the lock and temporary files nlinkoop puts beside it; shorten it by {excess} or more characters</source>
        <translation>de bestandsnaam is te lang voor het vergrendelbestand en de tijdelijke bestanden die nlinkoop ernaast zet; maak hem {excess} of meer tekens korter</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/store/errors.py" line="106"/>
        <source>the folder and file name together are too long for Windows; shorten them by {excess} or more characters, or move the file to a folder higher up</source>
        <translation>de map en de bestandsnaam samen zijn te lang voor Windows; maak ze {excess} of meer tekens korter, of zet het bestand in een map hoger op</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/store/errors.py" line="111"/>
        <source>took too long, so nlinkoop stopped (a damaged or hostile file?)</source>
        <translation>duurde te lang, dus nlinkoop is gestopt (een beschadigd of kwaadaardig bestand?)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/store/errors.py" line="114"/>
        <source>a record id is already used by another record ({table}); nothing was saved</source>
        <translation>een record-id is al in gebruik bij een ander record ({table}); er is niets opgeslagen</translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <location filename="../../nlinkoop/ui/prompts.py" line="22"/>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/start.py" line="156"/>
        <location filename="../../nlinkoop/ui/prompts.py" line="28"/>
        <source>{name} cannot be opened: {reason}.</source>
        <translation>{name} kan niet worden geopend: {reason}.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/window/start.py" line="159"/>
        <location filename="../../nlinkoop/ui/prompts.py" line="31"/>
        <source>Cannot open workbook</source>
        <translation>Werkboek niet geopend</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/prompts.py" line="50"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/prompts.py" line="52"/>
        <source>Your changes could not be saved: {reason}.</source>
        <translation>Je wijzigingen konden niet worden opgeslagen: {reason}.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/prompts.py" line="57"/>
        <source>Nothing is lost: your changes stay in the window. Save a copy somewhere else?</source>
        <translation>Er gaat niets verloren: je wijzigingen blijven in het venster. Een kopie ergens anders opslaan?</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/prompts.py" line="63"/>
        <location filename="../../nlinkoop/ui/prompts.py" line="168"/>
        <source>Save as...</source>
        <translation>Opslaan als…</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/prompts.py" line="66"/>
        <source>Keep editing</source>
        <translation>Verder werken</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/prompts.py" line="81"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/prompts.py" line="82"/>
        <source>Some changes could not be saved. Save a copy somewhere else before closing?</source>
        <translation>Sommige wijzigingen konden niet worden opgeslagen. Eerst een kopie ergens anders opslaan?</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/prompts.py" line="94"/>
        <source>nlinkoop was closed with unsaved changes to &quot;{title}&quot; ({when}). Restore them?</source>
        <translation>nlinkoop werd afgesloten met niet-opgeslagen wijzigingen in ‘{title}’ ({when}). Herstellen?</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/prompts.py" line="100"/>
        <location filename="../../nlinkoop/ui/prompts.py" line="196"/>
        <source>Restore unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen herstellen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/prompts.py" line="112"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/prompts.py" line="113"/>
        <source>The new language applies when you start nlinkoop again.</source>
        <translation>De nieuwe taal geldt zodra je nlinkoop opnieuw start.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/prompts.py" line="123"/>
        <source>Edit someone else&apos;s pitch</source>
        <translation>Pitch van een ander bewerken</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/prompts.py" line="124"/>
        <source>This pitch belongs to {person}. Do you really want to change it?</source>
        <translation>Deze pitch is van {person}. Wil je hem echt aanpassen?</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/prompts.py" line="155"/>
        <source>Changes not in the file</source>
        <translation>Wijzigingen niet in het bestand</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/prompts.py" line="157"/>
        <source>Your latest changes are not in the file: {reason}.</source>
        <translation>Je laatste wijzigingen staan niet in het bestand: {reason}.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/prompts.py" line="162"/>
        <source>If you close anyway, nlinkoop keeps them and offers them again at the next start.</source>
        <translation>Sluit je toch af, dan bewaart nlinkoop ze en biedt ze bij de volgende start opnieuw aan.</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/prompts.py" line="173"/>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/prompts.py" line="176"/>
        <source>Close anyway</source>
        <translation>Toch sluiten</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/prompts.py" line="199"/>
        <source>Changes to {name} from {time} were not written back. Restore them?</source>
        <translation>Wijzigingen in {name} van {time} zijn niet teruggeschreven. Herstellen?</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/prompts.py" line="204"/>
        <source>No removes the working copy with these changes.</source>
        <translation>Bij Nee wordt de werkkopie met deze wijzigingen verwijderd.</translation>
    </message>
</context>
</TS>
