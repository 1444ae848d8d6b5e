<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>FieldBinder</name>
    <message>
        <location filename="../../nlinkoop/ui/binding.py" line="195"/>
        <source>Enter an amount such as 1.250,50</source>
        <translation>Vul een bedrag in, zoals 1.250,50</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/binding.py" line="200"/>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/binding.py" line="201"/>
        <source>Enter a date as dd-mm-yyyy</source>
        <translation>Vul een datum in als dd-mm-jjjj</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/binding.py" line="206"/>
        <source>hh:mm</source>
        <translation>uu:mm</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/binding.py" line="207"/>
        <source>Enter a time as hh:mm</source>
        <translation>Vul een tijd in als uu:mm</translation>
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
        <location filename="../../nlinkoop/ui/models/list_model.py" line="168"/>
        <source>Edit {column}</source>
        <translation>{column} wijzigen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/models/list_model.py" line="183"/>
        <source>Add row</source>
        <translation>Rij toevoegen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/models/list_model.py" line="205"/>
        <source>Remove rows</source>
        <translation>Rijen verwijderen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/models/list_model.py" line="214"/>
        <source>Move row</source>
        <translation>Rij verplaatsen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../nlinkoop/ui/main_window.py" line="16"/>
        <source>{name} - nlinkoop</source>
        <translation>{name} - nlinkoop</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/main_window.py" line="21"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/main_window.py" line="21"/>
        <source>Supplier</source>
        <translation>Leverancier</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/main_window.py" line="21"/>
        <source>Meeting</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/main_window.py" line="21"/>
        <source>Last change</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nlinkoop/ui/main_window.py" line="50"/>
        <source>%n preparation(s)</source>
        <translation>
            <numerusform>%n voorbereiding</numerusform>
            <numerusform>%n voorbereidingen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkbookError</name>
    <message>
        <location filename="../../nlinkoop/store/errors.py" line="51"/>
        <source>no such file</source>
        <translation>het bestand bestaat niet</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/store/errors.py" line="52"/>
        <source>a folder, not a workbook file</source>
        <translation>dit is een map, geen werkboekbestand</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/store/errors.py" line="53"/>
        <source>not a regular file, so not a workbook</source>
        <translation>geen gewoon bestand, dus geen werkboek</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/store/errors.py" line="54"/>
        <source>empty file, not a workbook</source>
        <translation>het bestand is leeg, geen werkboek</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/store/errors.py" line="55"/>
        <source>not an nlinkoop workbook</source>
        <translation>geen nlinkoop-werkboek</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/store/errors.py" line="56"/>
        <source>a SQLite database, but not an nlinkoop workbook</source>
        <translation>een SQLite-database, maar geen nlinkoop-werkboek</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/store/errors.py" line="59"/>
        <source>made with a newer nlinkoop (schema version {found}; this app knows up to {known})</source>
        <translation>gemaakt met een nieuwere nlinkoop (schemaversie {found}; deze versie kent tot en met {known})</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/store/errors.py" line="63"/>
        <source>damaged (truncated)</source>
        <translation>beschadigd (afgebroken bestand)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/store/errors.py" line="64"/>
        <source>damaged ({problem})</source>
        <translation>beschadigd ({problem})</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/store/errors.py" line="65"/>
        <source>unexpected write-ahead log mode (WAL), which nlinkoop workbooks never use</source>
        <translation>onverwachte WAL-modus, die nlinkoop-werkboeken nooit gebruiken</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/store/errors.py" line="68"/>
        <source>unexpected database objects ({objects})</source>
        <translation>onverwachte onderdelen in de database ({objects})</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/store/errors.py" line="71"/>
        <source>damaged (unreadable value: {problem})</source>
        <translation>beschadigd (onleesbare waarde: {problem})</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/store/errors.py" line="74"/>
        <source>locked by another program; try again later</source>
        <translation>vergrendeld door een ander programma; probeer het later opnieuw</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/store/errors.py" line="75"/>
        <source>read-only; changes cannot be saved</source>
        <translation>alleen-lezen; wijzigingen kunnen niet worden opgeslagen</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/store/errors.py" line="76"/>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/store/errors.py" line="77"/>
        <source>permission denied</source>
        <translation>geen toegang</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/store/errors.py" line="78"/>
        <source>cannot be opened (no access, or the location is unreachable)</source>
        <translation>kan niet worden geopend (geen toegang, of de locatie is niet bereikbaar)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/store/errors.py" line="81"/>
        <source>could not be read or written (disk or network error)</source>
        <translation>kon niet worden gelezen of geschreven (schijf- of netwerkfout)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/store/errors.py" line="84"/>
        <source>a file with this name already exists</source>
        <translation>er bestaat al een bestand met deze naam</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/store/errors.py" line="85"/>
        <source>the folder does not exist</source>
        <translation>de map bestaat niet</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/store/errors.py" line="86"/>
        <source>an interrupted save must be rolled back first; open the workbook in nlinkoop to do so</source>
        <translation>een onderbroken opslag moet eerst worden teruggedraaid; open het werkboek daarvoor in nlinkoop</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/store/errors.py" line="90"/>
        <source>took too long, so nlinkoop stopped (a damaged or hostile file?)</source>
        <translation>duurde te lang, dus nlinkoop is gestopt (een beschadigd of kwaadaardig bestand?)</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/store/errors.py" line="93"/>
        <source>a record id is already used by another record ({table}); nothing was saved</source>
        <translation>een record-id is al in gebruik bij een ander record ({table}); er is niets opgeslagen</translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <location filename="../../nlinkoop/ui/prompts.py" line="19"/>
        <source>Cannot open workbook</source>
        <translation>Werkboek niet geopend</translation>
    </message>
    <message>
        <location filename="../../nlinkoop/ui/prompts.py" line="20"/>
        <source>{name} cannot be opened: {reason}.</source>
        <translation>{name} kan niet worden geopend: {reason}.</translation>
    </message>
</context>
</TS>
