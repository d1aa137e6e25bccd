# ruff: noqa: RUF001  (the cues are words of other scripts, some with look-alike letters)
"""Multilingual cues of an injection, appended to what the learned model reads as words of
their own (``cue_address``, ``cue_address_directive``).

A linear model on n-grams weighs ``approve`` alone, and customers legitimately ask for approval;
what marks an injection is the combination: a text that addresses the machine reading it and
tells it to decide, or claims the checks were done, or asks for its instructions, or tells it to
drop its instructions, to become something else, or to send data away. The cues are soft: the
model learns how much each one and each pair of them counts.

N-grams do not carry across languages, so each cue lists the phrases of some forty languages.
The lexicon is written as lists of alternatives, one line per language;
:mod:`guardrails.phrase_matching` compiles it into regexes that stay fast on long texts.
"""

from __future__ import annotations

from itertools import combinations

from guardrails.phrase_matching import Cue, PhraseFinder, compile_cue, cue, either, not_after, then

# An English name for the machine counts as addressing it only in a greeting, a note "to" or
# "for" it, a vocative ("assistant:") or with a duty ("the model must"); articles, policies and
# tickets mention AI assistants and models all the time without talking to them.
_MACHINE = (
    r"(ai|a\.i\.|assistant|chatbot|bot|llm|language models?|model|agent|checker|classifier|"
    r"reviewer|underwriter|system|tool|processor)s?"
)


# --- address: the text speaks to the machine reading it ------------------------------------

_ADDRESS_SPACED = (
    r"whoever (reads|processes|checks)|whatever reads|if you are an?|any (language )?model",
    # names of the machine in other languages
    r"assistente?|asistente?|asystent\w*|asistan\w*|ki|ia|ии|ші|ассистент\w*|асистент\w*|"
    r"модел\w*|бот\w*|yapay zek\w*|inteligencia artificial|intelligenza artificiale|trợ lý|"
    r"asisten|βοηθ\w*|μοντέλο|avustaja\w*|assistenten",
    r"künstliche\w* intelligenz|sprachmodell\w*|ki-\w+",  # de
    r"intelligence artificielle|modèle de langage",  # fr
    r"intel·ligència artificial|inteligência artificial|modelo de linguagem",  # ca, pt
    r"kunstmatige intelligentie|taalmodel\w*|kunstig intelligens|artificiell intelligens",
    r"tekoäly\w*|kielimalli\w*|tehisintellekt\w*|keelemudel\w*",  # fi, et
    r"dirbtin\w* intelekt\w*|asistent\w*",  # lt, cs, sk, ro, sr, hr
    r"sztuczn\w* inteligencj\w*|model\w* językow\w*",  # pl
    r"uměl\w* inteligenc\w*|umel\w* inteligenci\w*|jazykov\w* model\w*",  # cs, sk
    r"mesterséges intelligenci\w*|asszisztens\w*|nyelvi modell\w*",  # hu
    r"inteligen[țţt]\w* artificial\w*",  # ro
    r"изкуствен\w* интелект\w*|вештачк\w* интелигенц\w*|veštačk\w* inteligencij\w*",
    r"umjetn\w* inteligencij\w*|τεχνητ\w* νοημοσύν\w*|dil model\w*",  # hr, el, tr
    r"искусственн\w* интеллект\w*|нейросет\w*|штучн\w* інтелект\w*|нейромереж\w*",
    r"trí tuệ nhân tạo|kecerdasan buatan|model bahasa",  # vi, id, ms
    r"artipisyal na intelihensiya|akili bandia|msaidizi",  # tl, sw
)
_ADDRESS_UNSPACED = (
    r"助手|模型|アシスタント|비서|모델|المساعد|الذكي|الذكاء الاصطناعي|הבינה|לעוזר|सहायक|एआई",
    r"هوش مصنوعی|دستیار|בינה מלאכותית|مصنوعی ذہانت|اسسٹنٹ|कृत्रिम बुद्धि|असिस्टेंट",
    r"কৃত্রিম বুদ্ধিমত্তা|এআই|সহকারী|செயற்கை நுண்ணறிவு|உதவியாளர்",
    r"人工智能|人工智慧|助理|机器人|機器人|人工知能|인공지능|어시스턴트|챗봇",
    r"ปัญญาประดิษฐ์|ผู้ช่วย|แชทบอท",
)
_ADDRESS_RAW = (
    r"(dear|hey|hi|hello|attention|(note|message|notice|instructions?|text|memo|reminder|"
    r"request)s? (to|for))\s+((the|any|all|every|this|our|your) )?"
    rf"([\w-]+ ){{0,2}}?{_MACHINE}\b",
    # the three English forms that start with the machine's name, folded into one
    rf"{_MACHINE}(\s*[,:]|\s(is |are )?(reading|processing|handling|reviewing|checking|"
    r"summari[sz]ing|analy[sz]ing|that (reads|reviews|processes|checks|handles))\b"
    r"|\s(must|should|shall|is to|are to|has to|have to|needs? to|will now)\b)",
)

# --- directive: the text asks for a decision or an output -----------------------------------

_DIRECTIVE_SPACED = (
    r"approve|pay( it| out| the)?|release|mark|set|classify|close|publish|record|route|"
    r"assign|grant|activate|output|respond|reply|write|say|report|confirm|issue|treat",
    r"genehmig\w*|freigeb\w*|gib \w+ frei|zahl\w* aus|auszahl\w*|markier\w*|bewillig\w*|"
    r"überweis\w*|bestätig\w*|erstatt\w*|klassifizier\w*",  # de
    r"approuve\w*|valide[rz]?|paie|verse[rz]?|payez|rembourse\w*|accorde[rz]?|confirme[rz]?|"
    r"marque[rz]?|débloque[rz]?",  # fr
    r"aprueb\w*|paga\w*|págalo|marca|autoriz\w*|reembols\w*|confirm[ae]\w*|clasific\w*|"
    r"libera",  # es, pt
    r"aprova\w*|autoritza\w*|reemborsa\w*",  # ca
    r"approva\w*|autorizz\w*|rimbors\w*|conferm\w*|contrassegn\w*|classific\w*",  # it
    r"aprove|pague|marque|libere",  # pt
    r"keur \w+ goed|goedkeur\w*|keur goed|betaal\w*|maak \w+ over|bevestig\w*|markeer|"
    r"vergoed\w*",  # nl
    r"godkend\w*|godkjenn\w*|godkänn\w*|betal|betale|betala|udbetal\w*|utbetal\w*|"
    r"bekræft\w*|bekreft\w*|bekräfta\w*|markér|marker|markera",  # da, no, sv
    r"hyväksy\w*|maksa\w*|vahvista\w*|merkitse\w*|korvaa",  # fi
    r"kinnita\w*|märgi|kiida \w+ heaks",  # et
    r"patvirtin\w*|sumokė\w*|išmokė\w*|apmokė\w*|pažymė\w*",  # lt
    r"zatwierdź\w*|wypłać\w*|zapłać\w*|przelej|oznacz|potwierdź\w*|zaakceptuj\w*",  # pl
    r"schval\w*|schváľ\w*|zaplať\w*|vyplať\w*|potvrď\w*|označ\w*|uhraď\w*|proplať\w*|"
    r"preplať\w*",  # cs, sk
    r"jóvá|hagyja jóvá|fizess\w*|fizesse ki|utald át|utalja át|erősíts\w* meg|jelöld|jelölje",
    r"aprobă|aprobați|aprobati|plătește|plătiți|plateste|platiti|confirmă|confirmați|"
    r"marchează|marcați|rambursează",  # ro
    r"одобри\w*|плати|платете|изплати\w*|изплатете|потвърди\w*|маркирай\w*|отбележи",  # bg
    r"odobri\w*|isplati\w*|plati|platite|potvrdi\w*|označi\w*|исплати\w*|платите|"
    r"потврди\w*|означи\w*",  # sr, hr
    r"ενέκρινε|πλήρωσε|εγκρίνετε|έγκρινε|πληρώστε|επιβεβαίωσε|επιβεβαιώστε|επισήμανε",  # el
    r"onayla\w*|öde|ödeyin|işaretle\w*|doğrula\w*",  # tr
    r"выплати\w*|отметь|оплати\w*|подтверди\w*|утверди\w*|пометь\w*|согласуй\w*",  # ru
    r"схвали\w*|виплат\w*|підтверди\w*|затверди\w*|познач\w*",  # uk
    r"phê duyệt|duyệt|thanh toán|chi trả|đánh dấu|xác nhận",  # vi
    r"setujui|bayar\w*|luluskan|tandai|konfirmasi|sahkan|cairkan",  # id, ms
    r"aprubahan|bayaran|markahan|kumpirmahin",  # tl
    r"idhinisha|lipa|thibitisha|weka alama",  # sw
)
_DIRECTIVE_UNSPACED = (
    r"批准|付款|承認|支払|승인|지급|وافق|ادفع|אשר|मंज़ूर|भुगतान",
    r"支付|核准|通过审核|通過審核|标记为|標記為|放款|払って|払え|許可して|결제|지불|처리해",
    r"وافقوا|اعتمد|ادفعوا|اصرف|تأیید کن|تایید کن|پرداخت کن|واریز کن|אשרו|שלם|שלמו|סמן",
    r"منظور کر|ادائیگی کر|منظوری دے|मंजूर|स्वीकृत कर|अनुमोदित कर|मंजूरी दे",
    r"অনুমোদন কর|পরিশোধ কর|মঞ্জুর কর|அங்கீகரி|ஒப்புதல் அளி|பணம் செலுத்து",
    r"อนุมัติ|จ่ายเงิน|ชำระ|ทำเครื่องหมาย",
)

# --- no_review: the text asks to skip the checks -------------------------------------------

_NO_REVIEW_SPACED = (
    r"without (any |the |further |a )?(usual )?(review|checks?|verification|screening|"
    r"survey|site visit|human)|no (need|further) (for |to )?(checks?|review|verif\w*|"
    r"involve|compare|screening)|(do not|don't|never|no need to) (escalate|flag|check|verify|"
    r"review|forward|mention|rescreen|recompute|involve|compare|request|pass)|skip\w* the|"
    r"skip (compliance|screening|checks|review|verification)|bypass\w*|regardless of|"
    r"even if|not to a person",
    r"ohne (prüfung|kontrolle|rückfrage|gutachter|weitere|überprüfung|nachprüfung|"
    r"menschliche)|nicht an einen menschen|keine (weitere )?(prüfung|kontrolle|rückfrage)|"
    r"nicht (eskalieren|prüfen|weiterleiten|melden)|prüfung überspringen",  # de
    r"sans (aucun |aucune )?(contrôle|vérification|revue|examen|intervention humaine)|"
    r"à personne|pas besoin de (vérifier|contrôler)|inutile de (vérifier|contrôler)|"
    r"ne (le |la |les )?(vérifie|vérifiez|signale|signalez|transmets|transmettez) pas",  # fr
    r"sin (revisión|verificación|más|ninguna comprobación|comprobación|control|revisar|"
    r"verificar|intervención humana)|no (es necesario|hace falta) (revisar|verificar|"
    r"comprobar)|no (lo )?(escales|escale|verifiques|revises|compruebes|reportes)|"
    r"omite la (revisión|verificación)",  # es
    r"sense (revisió|verificació|comprovació|control)|no cal (revisar|verificar|comprovar)|"
    r"no (ho )?(escalis|verifiquis|revisis)",  # ca
    r"senza (ulteriori |alcun |alcuna )?(verifiche|verifica|revisione|controll\w*|"
    r"intervento umano)|non (serve|è necessario) (verificare|controllare)|"
    r"non (segnalare|verificare|controllare|inoltrare)|salta (la verifica|i controlli)",  # it
    r"sem (qualquer |nenhuma )?(revisão|verificação|checagem|conferência|análise|"
    r"intervenção humana)|não (é )?(precisa|necessário) (verificar|revisar|checar)|"
    r"não (escale|verifique|revise|sinalize|encaminhe)",  # pt
    r"zonder (verdere |extra )?(controle|controles|verificatie|beoordeling|toetsing)|"
    r"niet (escaleren|controleren|doorsturen)|geen (verdere )?controle nodig",  # nl
    r"uden (yderligere )?(kontrol|gennemgang|verifikation)|ikke (eskaler|kontroller)|"
    r"uten (ytterligere )?(kontroll|gjennomgang|verifisering)|ingen (videre )?kontroll|"
    r"utan (vidare |ytterligare )?(granskning|kontroll|verifiering)|"
    r"(eskalera|kontrollera|granska) inte",  # da, no, sv
    r"ilman (tarkistusta|tarkastusta|tarkistuksia|varmennusta)|älä (tarkista|eskaloi|välitä)|"
    r"ei tarvitse tarkistaa",  # fi
    r"ilma (kontrollita|kontrollimata|ülevaatuseta)|ära (kontrolli|eskaleeri|edasta)|"
    r"pole vaja kontrollida",  # et
    r"be (patikrinimo|peržiūros|patikros)|netikrink\w*|nereikia tikrinti",  # lt
    r"bez (dodatkowej |dalszej )?(kontroli|weryfikacji|sprawdzania|sprawdzenia|przeglądu)|"
    r"nie (sprawdzaj|weryfikuj|eskaluj|zgłaszaj)|nie trzeba (sprawdzać|weryfikować)|"
    r"pomiń (weryfikację|kontrolę)",  # pl
    r"bez (další |dalšího )?(kontroly|ověření|přezkoumání)|nekontroluj\w*|neověřuj\w*|"
    r"není (třeba|nutné) (kontrolovat|ověřovat)",  # cs
    r"bez (ďalšej )?(kontroly|overenia|preverenia)|neoveruj\w*|"
    r"nie je potrebné (kontrolovať|overovať)",  # sk
    r"(további )?ellenőrzés nélkül|felülvizsgálat nélkül|ne ellenőrizd|ne ellenőrizze|"
    r"nem kell ellenőrizni",  # hu
    r"fără (nicio |alte )?(verificare|verificări|control|revizuire)|"
    r"nu (verifica|verificați|escalada|escalați)",  # ro
    r"без (допълнителна )?(проверка|преглед)|не (проверявай|проверявайте|ескалирай)|"
    r"няма нужда от проверка",  # bg
    r"без (дополнительной |какой-либо )?(проверки|проверок|согласования|рассмотрения)|"
    r"не (проверяй|проверяйте|эскалируй|эскалируйте)|проверять не нужно|"
    r"не нужно проверять|пропусти проверку",  # ru
    r"без (додаткової )?(перевірки|перевірок|погодження)|не (перевіряй|перевіряйте)|"
    r"не потрібно перевіряти",  # uk
    r"bez (dodatne |ikakve )?(provere|provjere|kontrole)|ne (proveravaj|provjeravaj|"
    r"proveravajte|provjeravajte)|без (додатне )?(провере|контроле)|не проверавај\w*",
    r"χωρίς (περαιτέρω )?(έλεγχο|ελέγχους|επαλήθευση)|μην (ελέγξεις|ελέγξετε)|"
    r"δεν χρειάζεται έλεγχος",  # el
    r"kontrol etme\w*|kontrolsüz|kontrol (olmadan|yapmadan)|incelemeden|"
    r"doğrulama(dan|sız)|kontrol etmeye gerek yok",  # tr
    r"không cần (kiểm tra|xác minh|xem xét)|bỏ qua (bước )?kiểm tra|đừng kiểm tra",  # vi
    r"tanpa (pemeriksaan|verifikasi|pengecekan|peninjauan|semakan|pengesahan)|"
    r"tidak perlu (diperiksa|dicek|diverifikasi|disemak)|jangan (periksa|cek|semak)",
    r"walang (pagsusuri|beripikasyon)|huwag (suriin|i-verify)",  # tl
    r"bila (ukaguzi|uhakiki|kukagua)|usikague|usithibitishe",  # sw
)
_NO_REVIEW_UNSPACED = (
    r"不要人工|无需审核|審査なし|검토 없이|دون مراجعة|ללא בדיקה|बिना जाँच",
    r"無需審核|无需审查|無需審查|无需核实|無需核實|无需验证|無需驗證|不用审核|不用審核|"
    r"跳过审核|跳過審核|不要上报|不要上報|免审|免審",  # zh
    r"確認不要|審査不要|確認せずに|チェックせずに|検証なし|확인 없이|검증 없이|"
    r"확인하지 마|검토하지 마|확인할 필요 없",  # ja, ko
    r"بدون مراجعة|دون تحقق|بدون تحقق|دون التحقق|بدون التحقق|لا داعي للتحقق|لا تتحقق",  # ar
    r"بدون بررسی|بدون بازبینی|نیازی به بررسی نیست|بررسی نکن",  # fa
    r"בלי בדיקה|ללא אימות|בלי אימות|אל תבדוק|אין צורך לבדוק",  # he
    r"بغیر جانچ|بغیر تصدیق|جانچ نہ کر|جانچ کی ضرورت نہیں",  # ur
    r"बिना जांच|बिना सत्यापन|बिना समीक्षा|जाँच मत|जांच मत|जाँच न कर|जांच न कर",  # hi
    r"যাচাই ছাড়া|পর্যালোচনা ছাড়া|যাচাই করবেন না|যাচাই করো না",  # bn
    r"சரிபார்க்காமல்|சரிபார்ப்பு இல்லாமல்|சரிபார்க்க வேண்டாம்",  # ta
    r"โดยไม่ต้องตรวจสอบ|ไม่ต้องตรวจสอบ|ไม่ต้องตรวจ|ข้ามการตรวจสอบ",  # th
)

# --- already: the text claims the checks were done ------------------------------------------

_ALREADY_SPACED = (
    r"already (been )?(approved|verified|cleared|checked|reviewed|done|validated|"
    r"confirmed|passed)|pre(-)?(approved|cleared|verified|filled)|"
    r"has been (approved|cleared|verified|reviewed) by|(signed off|cleared) by",
    r"(bereits|schon) (intern |vorab )?(geprüft|überprüft|genehmigt|freigegeben|bestätigt|"
    r"verifiziert|bewilligt)|vorab genehmigt|vorgenehmigt",  # de
    r"déjà (été )?(approuv|valid|vérifi|contrôl|confirm|autoris)\w*|pré(-)?approuvé\w*",  # fr
    r"ya (fue |ha sido |está |han sido |fueron |están )?(aprobad|revisad|validad|verificad|"
    r"autorizad|comprobad)\w*|preaprobad\w*",  # es
    r"ja (ha estat |està |va ser )?(aprovad|revisad|validad|verificad|autoritzad)\w*|"
    r"ja s'ha (aprovat|revisat|validat|verificat)",  # ca
    r"già (stata |stato |stati |state )?(approvat|verificat|controllat|validat|autorizzat|"
    r"convalidat)\w*|pre(-)?approvat\w*",  # it
    r"já (foi |está |foram |estão )?(aprovad|validad|verificad|revisad|autorizad|conferid)\w*|"
    r"pré(-)?aprovad\w*",  # pt
    r"(al|reeds) (gecontroleerd|goedgekeurd|geverifieerd|gevalideerd|nagekeken)",  # nl
    r"allerede (godkendt|kontrolleret|verificeret|gennemgået|godkjent|kontrollert|"
    r"verifisert|gjennomgått)|redan (godkänd|godkänt|godkända|kontrollerad\w*|"
    r"verifierad\w*|granskad\w*)",  # da, no, sv
    r"jo (hyväksytty|tarkistettu|tarkastettu|vahvistettu|varmennettu)|esihyväksytty",  # fi
    r"juba (kinnitatud|kontrollitud|heaks kiidetud|üle vaadatud)",  # et
    r"jau (patvirtint|patikrint|peržiūrėt)\w*",  # lt
    r"już (zatwierdzon|sprawdzon|zweryfikowan|zaakceptowan|skontrolowan)\w*",  # pl
    r"(už|již) (byl\w* |bol\w* )?(schválen|zkontrolován|ověřen|prověřen|schválen|"
    r"skontrolovan|overen|preveren)\w*",  # cs, sk
    r"már (jóváhagy|ellenőriz|engedélyez|megerősít|átnéz)\w*|előzetesen jóváhagy\w*",  # hu
    r"deja (aprobat|verificat|validat|confirmat|autorizat)\w*|pre(-)?aprobat\w*",  # ro
    r"вече (е )?(одобрен|проверен|потвърден|валидиран)\w*",  # bg
    r"уже (был\w* )?(проверен|одобрен|согласован|подтвержд|подтверждён|утвержд|"
    r"верифицирован)\w*|предварительно одобрен\w*",  # ru
    r"(вже|уже) (був\w* )?(погоджен|перевірен|схвален|підтвердж|затвердж)\w*",  # uk
    r"već (je )?(odobren|proveren|provjeren|potvrđen|verifikovan|verificiran|pregledan)\w*|"
    r"већ (је )?(одобрен|проверен|потврђен)\w*",  # sr, hr
    r"έχει ήδη|ήδη (εγκριθεί|ελεγχθεί|επαληθευτεί|εγκεκριμέν\w*|ελεγμέν\w*)|"
    r"προεγκεκριμέν\w*",  # el
    r"zaten (onaylan|kontrol edil|doğrulan|incelen)\w*|(önceden|daha önce) onaylan\w*|"
    r"ön onaylı",  # tr
    r"đã được|đã (duyệt|phê duyệt|kiểm tra|xác minh|xác nhận)",  # vi
    r"(sudah|telah) (disetujui|diperiksa|diverifikasi|dicek|ditinjau|divalidasi|"
    r"diluluskan|disemak|disahkan)",  # id, ms
    r"naaprubahan na|na-verify na|nasuri na|aprubado na",  # tl
    r"tayari (imeidhinishwa|imekaguliwa|imethibitishwa)|imeshaidhinishwa",  # sw
)
_ALREADY_UNSPACED = (
    r"已由|已经批准|既に|이미|مسبقا|مسبقاً|כבר אושר",
    r"已經批准|已批准|已核准|已审核|已審核|已核实|已核實|已验证|已驗證|已经审核|已經審核",
    r"承認済み|確認済み|審査済み|検証済み|승인 완료|검토 완료|확인 완료|사전 승인",
    r"تمت الموافقة|تم التحقق|تمت مراجعته|سبق التحقق",  # ar
    r"قبلاً تأیید|قبلا تایید|قبلاً تایید|قبلا تأیید|قبلاً بررسی|قبلا بررسی|از پیش تأیید",
    r"כבר נבדק|כבר אומת|כבר אושרה|אושר מראש",  # he
    r"پہلے ہی منظور|پہلے ہی تصدیق|پہلے ہی جانچ",  # ur
    r"पहले ही (स्वीकृत|मंज़ूर|मंजूर|सत्यापित|जाँच|जांच)|पहले से (स्वीकृत|मंज़ूर|मंजूर)",
    r"ইতিমধ্যে (অনুমোদিত|যাচাই|পর্যালোচিত)|আগেই (অনুমোদিত|যাচাই)",  # bn
    r"ஏற்கனவே (அங்கீகரி|சரிபார்|ஒப்புதல்)",  # ta
    r"อนุมัติแล้ว|ตรวจสอบแล้ว",  # th
)

# --- authority: the text claims to come from the machine's operators -----------------------

_AUTHORITY_SPACED = (
    r"i (hereby )?(order|instruct|command|authori[sz]e) you|as (the |your )?(senior |head |"
    r"chief )?(administrator|admin|manager|director|supervisor|developer|head of \w+)|"
    r"(system|admin|developer|operator) (message|note|notice|override|instruction)|"
    r"from (your|the) (developers?|operators?|administrators?|management)",
    r"systemnachricht|systemhinweis|systemanweisung\w*|nachricht vom (administrator|"
    r"entwickler)|als (ihr|dein) (administrator|vorgesetzter|entwickler)|"
    r"ich (befehle|weise) (ihnen|dir)",  # de
    r"message système|instruction système|note système|message (de l'administrateur|"
    r"du développeur)|en tant qu(e |')(votre |ton )?(administrateur|développeur)|"
    r"je vous ordonne|je t'ordonne",  # fr
    r"(mensaje|nota|aviso|instrucción) del (sistema|administrador|desarrollador)|"
    r"como (tu|su) (administrador|desarrollador|supervisor)|te ordeno|le ordeno",  # es
    r"missatge del sistema|missatge de l'administrador|com a (administrador|"
    r"desenvolupador)|t'ordeno|us ordeno",  # ca
    r"messaggio di sistema|istruzione di sistema|messaggio (dell'amministratore|"
    r"dello sviluppatore)|in qualità di (amministratore|sviluppatore)|ti ordino",  # it
    r"(mensagem|nota|aviso|instrução) do (sistema|administrador|desenvolvedor)|"
    r"como (seu|teu) (administrador|desenvolvedor|supervisor)|eu te ordeno",  # pt
    r"systeembericht|systeemmelding|systeeminstructie\w*|bericht van de (beheerder|"
    r"ontwikkelaar)|als (je|jouw|uw) (beheerder|ontwikkelaar)|ik beveel (je|u)",  # nl
    r"systembesked|systemmeddelelse|systemmelding|systemmeddelande|besked fra "
    r"(administratoren|udvikleren)|melding fra (administratoren|utvikleren)|"
    r"meddelande från (administratören|utvecklaren)|jag beordrar dig",  # da, no, sv
    r"järjestelmäviesti|ylläpitäjän viesti|kehittäjän viesti|käsken sinua",  # fi
    r"süsteemiteade|administraatori teade|arendaja teade",  # et
    r"sistemos pranešimas|administratoriaus pranešimas|įsakau (tau|jums)",  # lt
    r"komunikat systemowy|wiadomość systemowa|polecenie systemowe|(wiadomość|komunikat) "
    r"od (administratora|dewelopera|programisty)|rozkazuję ci|nakazuję ci",  # pl
    r"systémová zpráva|systémová správa|zpráva od (administrátora|správce|vývojáře)|"
    r"správa od (administrátora|správcu)|nařizuji (ti|vám)|přikazuji ti|nariaďujem ti",
    r"rendszerüzenet|adminisztrátor üzenete|fejlesztői üzenet|megparancsolom",  # hu
    r"mesaj (de )?sistem|mesaj de la (administrator|dezvoltator)\w*|îți ordon|vă ordon",
    r"системно съобщение|съобщение от (администратора|разработчика)|нареждам ти",  # bg
    r"sistemska poruka|sustavna poruka|poruka (od )?(administratora|programera)|"
    r"naređujem (ti|vam)|системска порука|наређујем ти",  # sr, hr
    r"μήνυμα συστήματος|μήνυμα (του )?διαχειριστή|σε διατάζω|σας διατάζω",  # el
    r"sistem mesajı|sistem notu|sistem talimatı|yönetici (mesajı|notu|talimatı)|"
    r"geliştirici (mesajı|notu)|sana emrediyorum|size emrediyorum",  # tr
    r"системное сообщение|системная инструкция|системное уведомление|сообщение от "
    r"(администратора|разработчика|разработчиков)|приказываю (тебе|вам)",  # ru
    r"системне повідомлення|системна інструкція|повідомлення від (адміністратора|"
    r"розробника|розробників)|наказую (тобі|вам)",  # uk
    r"tin nhắn hệ thống|thông báo hệ thống|chỉ thị hệ thống|tin nhắn từ quản trị viên|"
    r"tôi ra lệnh cho bạn",  # vi
    r"pesan sistem|mesej sistem|pesan dari (admin|administrator|pengembang)|"
    r"mesej daripada (pentadbir|pembangun)|saya (perintahkan|mengarahkan) (anda|kamu)",
    r"mensahe ng (sistema|system)|mensahe mula sa (admin|tagapangasiwa)|inuutusan kita",
    r"ujumbe wa mfumo|ujumbe kutoka kwa (msimamizi|msanidi)|nakuamuru",  # sw
)
_AUTHORITY_UNSPACED = (
    r"系统消息|システムメッセージ|시스템 메시지|رسالة النظام",
    r"系統訊息|系統消息|系统通知|系統通知|系统指令|系統指令|管理员消息|管理員訊息|"
    r"开发者消息|開發者訊息|我命令你",  # zh
    r"システム通知|システム指示|管理者からの(メッセージ|指示|通知)|開発者からの"
    r"(メッセージ|指示)|시스템 공지|시스템 지시|관리자 메시지|개발자 메시지",  # ja, ko
    r"رسالة من المسؤول|رسالة من المطور|ملاحظة النظام|بصفتي (المسؤول|مديرك|المطور)|آمرك",
    r"پیام سیستم|پیام از طرف (مدیر|توسعه[\u200c ]?دهنده)|دستور می[\u200c ]?دهم",  # fa
    r"הודעת מערכת|הודעה מהמנהל|הודעה מהמפתח|אני מורה לך|אני מצווה עליך",  # he
    r"سسٹم پیغام|سسٹم کا پیغام|منتظم کی طرف سے|حکم دیتا ہوں",  # ur
    r"सिस्टम संदेश|सिस्टम का संदेश|प्रशासक की ओर से|आदेश देता हूँ|आदेश देती हूँ",  # hi
    r"সিস্টেম বার্তা|প্রশাসকের বার্তা|আদেশ দিচ্ছি|சிஸ்டம் செய்தி|கணினி செய்தி|"
    r"கட்டளையிடுகிறேன்",  # bn, ta
    r"ข้อความระบบ|ข้อความจากผู้ดูแลระบบ|ในฐานะผู้ดูแลระบบ|ฉันสั่งให้คุณ",  # th
)

# --- secrets: the text asks for the machine's own instructions ------------------------------

_SECRETS_SPACED = (
    r"system prompt|your (instructions|rules|prompt|configuration)|hidden (rules|"
    r"instructions|prompt)|word for word|verbatim",
    r"systemprompt|system-prompt|deine (anweisungen|regeln|instruktionen|vorgaben|"
    r"konfiguration)|versteckten? (regeln|anweisungen)|wörtlich|wortwörtlich",  # de
    r"prompt système|invite système|tes (instructions|règles|consignes)|(instructions|"
    r"consignes|règles) cachées|mot pour mot|mot à mot|textuellement",  # fr
    r"prompt del sistema|instrucciones del sistema|tus (instrucciones|reglas|directrices)|"
    r"(instrucciones|reglas) ocultas|palabra por palabra|textualmente",  # es
    r"instruccions del sistema|les teves (instruccions|regles)|paraula per paraula",  # ca
    r"istruzioni di sistema|le tue (istruzioni|regole)|(istruzioni|regole) nascoste|"
    r"parola per parola",  # it
    r"prompt do sistema|instruções do sistema|tuas (instruções|regras)|(instruções|regras) "
    r"ocultas|palavra por palavra",  # pt
    r"systeemprompt|systeeminstructies|(je|jouw) (instructies|regels|richtlijnen)|"
    r"verborgen (instructies|regels)|woord voor woord",  # nl
    r"dine (instruktioner|regler|instruksjoner)|dina (instruktioner|regler)|skjulte "
    r"(instruktioner|instruksjoner|regler)|dolda (instruktioner|regler)|ord for ord|"
    r"ord för ord|ordret|ordrett|ordagrant|systeminstruktioner",  # da, no, sv
    r"järjestelmäkehote\w*|järjestelmäohje\w*|ohjeesi|sääntösi|piilotetut ohjeet|"
    r"sanasta sanaan|sanatarkasti",  # fi
    r"süsteemiviip\w*|süsteemijuhis\w*|sinu (juhised|juhiseid|reeglid|reegleid)|"
    r"sõna-sõnalt",  # et
    r"sistemos (raginim|instrukcij|nurodym)\w*|tavo (instrukcij|taisykl)\w*|žodis žodin",
    r"instrukcje systemowe|prompt systemowy|twoje (instrukcje|zasady|reguły|polecenia)|"
    r"ukryte (instrukcje|zasady)|słowo w słowo",  # pl
    r"systémový prompt|systémové (instrukce|pokyny|inštrukcie)|(tvoje|tvé) (instrukce|"
    r"pokyny|pravidla|inštrukcie|pravidlá)|skryté (instrukce|pokyny)|slovo od slova|"
    r"slovo po slove",  # cs, sk
    r"rendszerprompt\w*|rendszerutasítás\w*|az utasításaid\w*|utasításaidat|szó szerint",
    r"promptul (de )?sistem|instrucțiunile (de )?sistem\w*|instrucțiunile tale|"
    r"regulile tale|cuvânt cu cuvânt",  # ro
    r"системен промпт|системния промпт|системни инструкции|твоите (инструкции|правила)|"
    r"дума по дума",  # bg
    r"sistemski prompt|sistemske (instrukcije|upute)|tvoje (instrukcije|upute|pravila|"
    r"uputstvo)|reč po reč|riječ po riječ|системски промпт|реч по реч",  # sr, hr
    r"οδηγίες συστήματος|τις οδηγίες σου|τους κανόνες σου|λέξη προς λέξη|κατά λέξη",  # el
    r"sistem talimatlar\w*|sistem istemi|sistem promptu|gizli (talimat|kural)\w*|"
    r"kelimesi kelimesine",  # tr
    r"системный промпт|системные инструкции|системную инструкцию|твои (инструкции|"
    r"правила)|скрытые (инструкции|правила)|слово в слово|дословно",  # ru
    r"системний промпт|системні інструкції|твої (інструкції|правила)|приховані "
    r"(інструкції|правила)|дослівно",  # uk
    r"lời nhắc hệ thống|chỉ dẫn hệ thống|hướng dẫn hệ thống|prompt hệ thống|"
    r"(hướng dẫn|quy tắc) của bạn|nguyên văn",  # vi
    r"prompt sistem|instruksi sistem|arahan sistem|instruksi(mu| anda| kamu)|aturanmu|"
    r"kata demi kata|kata per kata",  # id, ms
    r"(iyong|mga) (tagubilin|panuntunan) mo|salita por salita",  # tl
    r"maagizo ya mfumo|maelekezo ya mfumo|maagizo yako|neno kwa neno",  # sw
)
_SECRETS_UNSPACED = (
    r"系统提示词|システムプロンプト|시스템 프롬프트|تعليمات النظام",
    r"系統提示詞|你的指令|你的规则|你的規則|你的提示词|隐藏指令|隱藏指令|逐字|原封不动|原封不動",
    r"あなたの指示|あなたのルール|隠された指示|一字一句|너의 지시|당신의 지시|너의 규칙|"
    r"당신의 규칙|숨겨진 지시",  # ja, ko
    r"موجه النظام|تعليماتك|قواعدك|حرفيا|حرفياً",  # ar
    r"پرامپت سیستم|دستورات سیستم|دستوراتت|کلمه به کلمه",  # fa
    r"הנחיות המערכת|הנחיית המערכת|ההוראות שלך|הכללים שלך|מילה במילה",  # he
    r"سسٹم پرامپٹ|سسٹم ہدایات|تمہاری ہدایات|لفظ بہ لفظ",  # ur
    r"सिस्टम प्रॉम्प्ट|सिस्टम निर्देश|तुम्हारे निर्देश|शब्दशः|शब्द दर शब्द",  # hi
    r"সিস্টেম প্রম্পট|তোমার নির্দেশ|হুবহু|சிஸ்டம் ப்ராம்ப்ட்|வார்த்தைக்கு வார்த்தை",
    r"พรอมต์ระบบ|คำต่อคำ",  # th
)

# --- override: the text tells the machine to drop its instructions -------------------------
# A verb of dropping near a word for instructions, in either order (verbs come last in German
# subordinate clauses, Turkish, Japanese, Korean, Hindi...). "Ignore my previous e-mail" names
# no instructions; "don't forget the rules" is excluded where the negation is one word away.

_DROP_SPACED = (
    not_after("not|n't|never", "ignore|disregard|forget|override|overwrite"),
    r"set aside|"
    r"discard|abandon|do not follow|don't follow|stop following|no longer follow",
    r"ignorier\w*|vergiss(?! nicht)|vergesst|vergessen sie(?! nicht)|missacht\w*|"
    r"verwirf|befolge \w+ nicht mehr|nicht mehr befolgen",  # de
    r"ignore[rz]?|oublie(?<!n'oublie)[rz]?|faites abstraction|fais abstraction|ne tiens pas compte|"
    r"ne tenez pas compte|ne suis plus|ne suivez plus|outrepass\w*",  # fr
    r"ignor[ae]\w*|olvida|olvide|olvidad|olvídate de|olvidate de|haz caso omiso|"
    r"haga caso omiso|no sigas|no siga|descarta|omite",  # es
    r"ignori|oblida\w*|no segueixis",  # ca
    r"dimentica(?<!non dimentica)\w*|non seguire|trascura\w*|tralascia\w*",  # it
    r"esqueç(?<!não esqueç)[ae]\w*|esquece(?<!não esquece)|desconsider[ae]\w*|"
    r"não sigas|não siga",  # pt
    r"negeer\w*|vergeet(?! niet)|volg \w+ niet (meer|langer)",  # nl
    r"ignorer\w*|glem(?! ikke)|se bort fra|følg ikke|tilsidesæt|overstyr",  # da, no
    r"ignorera\w*|glöm(?! inte)|bortse från|strunta i|följ inte|åsidosätt",  # sv
    r"ohita|ohittakaa|unohda(?<!älä unohda)|unohtakaa|jätä huomiotta|älä noudata|sivuuta",  # fi
    r"ignoreeri\w*|unusta(?<!ära unusta)\w*|ära järgi|eira",  # et
    r"ignoruok\w*|pamiršk\w*|nepaisyk\w*",  # lt
    r"zignoruj\w*|ignoruj\w*|zapomnij(?<!nie zapomnij)\w*|pomiń|nie stosuj się|nie przestrzegaj",
    r"zapomeň\w*|nedodržuj\w*|neřiď se|neřiďte se|zabudni\w*|zabudnite|nedodržiavaj\w*",
    r"hagyd figyelmen kívül|hagyja figyelmen kívül|felejtsd(?<!ne felejtsd) el|"
    r"felejtse(?<!ne felejtse) el|"
    r"ne vedd figyelembe|ne kövesd|ne kövesse|ignoráld|ignorálja",  # hu
    r"ignoră|ignorați|ignorati|uită(?<!nu uită)|uitați(?<!nu uitați)|nu mai respecta|nu ține cont|"
    r"nu țineți cont",  # ro
    r"игнорирай\w*|забрави(?<!не забрави)\w*|не спазвай\w*|пренебрегни",  # bg
    r"ignoriši|ignorišite|ignoriraj\w*|zaboravi(?<!ne zaboravi)\w*|zanemari\w*|игнориши|"
    r"игноришите|заборави(?<!не заборави)\w*|занемари\w*",  # sr, hr
    r"αγνόησε|αγνοήστε|ξέχασε|ξεχάστε|μην ακολουθείς|μην ακολουθήσεις|παράβλεψε",  # el
    r"yok say\w*|görmezden gel\w*|unut|unutun|dikkate alma|dikkate almayın|"
    r"geçersiz kıl\w*",  # tr
    r"игнорируй\w*|проигнорируй\w*|забудь(?<!не забудь)\w*|не обращай внимания|не следуй|"
    r"не выполняй|отбрось|пренебреги",  # ru
    r"ігноруй\w*|проігноруй\w*|не зважай|не дотримуйся|не виконуй|відкинь",  # uk
    r"bỏ qua|quên(?<!đừng quên)|phớt lờ|không tuân theo|đừng làm theo|lờ đi",  # vi
    r"abaikan|lupakan|jangan ikuti|jangan ikut|kesampingkan|ketepikan",  # id, ms
    r"huwag pansinin|balewalain|kalimutan(?<!huwag kalimutan)|huwag sundin|isantabi",  # tl
    r"puuza|puuzia|sahau|usifuate|achana na",  # sw
)
_DROP_UNSPACED = (
    r"تجاهل|أهمل|اهمل|لا تتبع|لا تلتزم",  # ar
    r"نادیده بگیر|فراموش کن|پیروی نکن|توجه نکن|کنار بگذار",  # fa
    r"התעלם|התעלמי|התעלמו|אל תציית|אל תפעל לפי",  # he
    r"نظرانداز|نظر انداز|بھول جاؤ|بھول جائیں",  # ur
    r"अनदेखा कर|अनदेखी कर|नज़रअंदाज़|नजरअंदाज|भूल जाओ|भूल जाइए|भूल जाएं|पालन मत",  # hi
    r"উপেক্ষা কর|ভুলে যাও|ভুলে যান|অগ্রাহ্য কর|புறக்கணி|மறந்துவிடு|மறந்து விடு",  # bn, ta
    r"忽略|忽視|忽视|无视|無視|忘(?<!不要忘)(?<!别忘)(?<!別忘)记|忘(?<!不要忘)(?<!別忘)記|忘掉|"
    r"不要遵守|不要遵循|不再遵守|抛开|拋開",  # zh
    r"忘れて|忘れろ|忘れなさい|従わない|従うな|破棄|잊어|잊으세요|잊고|따르지 마|따르지 말|무시",
    r"เพิกเฉย|ไม่ต้องสนใจ|ลืม|ไม่ต้องทำตาม|อย่าทำตาม",  # th
)
_RULES_SPACED = (
    r"instructions?|rules|guidelines|directives?|prompts?|programming|guardrails|"
    r"constraints|restrictions|(your|the|this) task",
    r"anweisung\w*|regeln|richtlinien|vorgaben|instruktion\w*|befehle|aufgabe|"
    r"einschränkungen|programmierung",  # de
    r"consignes?|règles|(ta|votre) tâche|ordres|programmation",  # fr
    r"instrucci\w*|reglas|directrices|normas|(tu|su) tarea|restricciones|órdenes|"
    r"indicaciones",  # es
    r"instruccions?|regles|directrius|normes|restriccions",  # ca
    r"istruzion\w*|regole|linee guida|direttive|(il tuo|il suo) compito|restrizioni|"
    r"indicazioni",  # it
    r"instruç\w*|regras|diretrizes|orientações|(sua|tua) tarefa|restrições|ordens",  # pt
    r"instructies|regels|richtlijnen|opdracht(en)?|beperkingen|aanwijzingen",  # nl
    r"instruktioner\w*|instruksjone\w*|regler\w*|retningslinjer\w*|riktlinjer\w*|"
    r"begrænsninger|begrensninger|begränsningar",  # da, no, sv
    r"ohjeet\w*|ohjeita|ohjeesi|ohjeistu\w*|säännöt\w*|sääntöjä|sääntösi|tehtäväsi",  # fi
    r"juhised|juhiseid|juhend\w*|reeglid|reegleid|piirangu\w*",  # et
    r"instrukcij\w*|nurodym\w*|taisykl\w*",  # lt
    r"instrukcj\w*|polece\w*|zasad\w*|reguł\w*|wytyczn\w*|ogranicze\w*",  # pl
    r"instrukc\w*|pokyn\w*|pravidl\w*|inštrukci\w*|směrnic\w*",  # cs, sk
    r"utasítás\w*|szabály\w*|irányelv\w*|korlátozás\w*",  # hu
    r"instruc[țţt]iun\w*|regul\w*|indica[țţ]ii\w*|restric[țţ]ii\w*|directiv\w*",  # ro
    r"инструкци\w*|указани\w*|правила\w*|насоки|ограничени\w*",  # bg, ru
    r"instrukcij\w*|uputstv\w*|upute|uputa|pravila|smjernic\w*|smernic\w*|"
    r"инструкциј\w*|упутств\w*|смерниц\w*",  # sr, hr
    r"οδηγί\w*|κανόν\w*|εντολ\w*|περιορισμ\w*",  # el
    r"talimat\w*|kural\w*|yönerge\w*|kısıtlama\w*|komut\w*",  # tr
    r"правил\w*|директив\w*|ограничени\w*|інструкці\w*|вказівк\w*|"
    r"обмеженн\w*|настанов\w*",  # ru, uk
    r"hướng dẫn|chỉ dẫn|chỉ thị|quy tắc",  # vi
    r"instruksi|perintah|aturan|arahan|pedoman|peraturan",  # id, ms
    r"tagubilin|panuntunan|patakaran|utos|instruksyon",  # tl
    r"maagizo|maelekezo|sheria|kanuni",  # sw
)
_RULES_UNSPACED = (
    r"التعليمات|تعليمات|القواعد|الإرشادات|التوجيهات|الأوامر",  # ar
    r"دستورالعمل|دستورات|قوانین|رهنمود",  # fa
    r"ההוראות|הוראות|ההנחיות|הנחיות|הכללים",  # he
    r"ہدایات|ہدایت",  # ur
    r"निर्देश|नियम|দিশানির্দেশ|নির্দেশ|নিয়ম|অறிவுறுத்தல்|அறிவுறுத்தல்|விதிகள்",  # hi, bn, ta
    r"指令|指示|规则|規則|任务|任務|提示词|提示詞",  # zh
    r"ルール|命令|タスク|지시|지침|규칙|명령",  # ja, ko
    r"คำสั่ง|กฎ|ข้อกำหนด",  # th
)
_FROM_NOW_ON = (
    r"from now on|from this (moment|point) on|henceforth|ab (jetzt|sofort)|von nun an|"
    r"à partir de maintenant|désormais|dorénavant|a partir de ahora|de ahora en adelante|"
    r"a partir d'ara|d'ora in poi|da ora in poi|a partir de agora|de agora em diante|"
    r"vanaf nu|fra nu af|fra nå av|från och med nu|tästä lähtien|nüüdsest|nuo šiol|"
    r"od (teraz|teď|sada)|odteď|odteraz|mostantól|de acum (înainte)?|от сега нататък|"
    r"од сада|από τώρα|bundan (sonra|böyle)|отныне|с этого момента|відтепер|"
    r"з цього моменту|từ (giờ|bây giờ)|mulai sekarang|mula ngayon|kuanzia sasa"
)
_NEW_INSTRUCTIONS = (
    r"(new|updated|revised|real|actual) (system )?instructions?|neue anweisung(en)?|"
    r"nouvelles (instructions|consignes)|nuevas instrucciones|noves instruccions|"
    r"nuove istruzioni|novas instruções|nieuwe instructies|nye (instruktioner|instruksjoner)|"
    r"nya instruktioner|uudet ohjeet|uued juhised|naujos instrukcijos|nowe (instrukcje|"
    r"polecenia)|nové (instrukce|pokyny)|új utasítás(ok)?|noi instrucțiuni|нови инструкции|"
    r"nove (instrukcije|upute)|νέες οδηγίες|yeni talimatlar|новые инструкции|"
    r"нові інструкції|hướng dẫn mới|instruksi baru|arahan baharu|bagong tagubilin|"
    r"maagizo mapya"
)
_INSTEAD = (
    r"instead of (your|the) (original |actual |assigned |current )?(task|instructions|job)|"
    r"instead of summari[sz]ing|(an)?statt (der |deiner |ihrer )?(aufgabe|zusammenfassung|"
    r"anweisungen)|au lieu de (résumer|ta tâche|votre tâche)|en (lugar|vez) de (resumir|"
    r"tu tarea|su tarea)|invece di (riassumere|svolgere il tuo compito)|"
    r"em vez de (resumir|sua tarefa|tua tarefa)|in plaats van (samen te vatten|je taak)"
)
_DROP = either(_DROP_SPACED, _DROP_UNSPACED)
_RULES = either(_RULES_SPACED, _RULES_UNSPACED)
_OVERRIDE = compile_cue(
    [
        (_DROP_SPACED, r"\b" + then(40, _RULES)),
        (_RULES_SPACED, r"\b" + then(40, _DROP)),
        (
            (
                r"(ignore|disregard|forget) (all |everything |anything )?(of )?(the |that is |"
                r"written |said )?(above|before this|you (were|have been) told)",
            ),
            r"\b",
        ),
        ((_FROM_NOW_ON,), r"\b" + then(30, _DROP)),
        (
            (
                r"from now on,? (you (will |must )?(only )?(respond|answer|reply|obey|act)|"
                r"(only )?(respond|answer|reply) only|obey)",
            ),
            r"\b",
        ),
        ((_NEW_INSTRUCTIONS,), r"\s*:"),
        ((_INSTEAD,), r"\b"),
    ],
    [
        (_DROP_UNSPACED, then(40, _RULES)),
        (_RULES_UNSPACED, then(40, _DROP)),
        (
            (
                r"新(的)?(指令|指示)|新しい指示|새로운 지시|새 지시|تعليمات جديدة|הוראות חדשות|"
                r"नए निर्देश",
            ),
            r"\s*:",
        ),
        (
            (
                r"从现在开始|從現在開始|从现在起|從現在起|今から|これから|지금부터|이제부터|"
                r"من الآن فصاعدا|از این به بعد|מעכשיו|अब से|এখন থেকে|இனிமேல்|ต่อจากนี้",
            ),
            then(30, _DROP),
        ),
    ],
)

# --- persona: the text tells the machine it is now something else ---------------------------
# "You are now" and "act as" are business language ("you are now registered", "act as a
# liaison"); they count only near a word for an AI, a character, a mode or freedom from rules.

_PERSONA_STRONG_SPACED = (
    r"pretend (to be|you are|you're|that you)|role-?play as|stay in character|"
    r"(developer|dev|god|jailbreak|jailbroken|unrestricted|unfiltered|uncensored|dan|evil) "
    r"mode|do anything now|your new (role|persona|identity|name|character|personality|"
    r"purpose)|you are no longer (an? |bound|restricted|limited|the )|you('re| are) (now )?"
    r"free (from|of) (all |any |your )?(rules|restrictions|guidelines)|break character",
    r"tu so,? als (ob|wärst)|gib vor,? (zu sein|du)|bleib\w* in der rolle|"
    r"entwicklermodus|deine neue rolle",  # de
    r"fais semblant d'être|faites semblant d'être|fais comme si tu étais|reste dans (ton|le) "
    r"personnage|mode développeur|(ton|votre) nouveau rôle",  # fr
    r"finge (ser|que eres)|finja (ser|que es)|haz como si fueras|mantente en (el )?personaje|"
    r"modo desarrollador|(tu|su) nuevo (rol|papel)",  # es
    r"fes veure que ets|fingeix (ser|que ets)|mode desenvolupador|el teu nou (rol|paper)",
    r"fingi di essere|fai finta di essere|finga di essere|(resta|rimani) nel personaggio|"
    r"modalità sviluppatore|il tuo nuovo ruolo",  # it
    r"finja (que é|que você é)|finge que és|faz de conta que|modo desenvolvedor|"
    r"(seu|o teu) novo papel|mantenha o personagem",  # pt
    r"doe alsof (je|u)|blijf in (je|de) rol|ontwikkelaarsmodus|(je|jouw) nieuwe rol",  # nl
    r"lad som om (du|at du)|lat som (om )?du er|låtsas (att )?du är|låtsas vara|"
    r"udviklertilstand|utviklermodus|utvecklarläge|din nye rolle|din nya roll|"
    r"bliv i rollen|bli i rollen|stanna i rollen",  # da, no, sv
    r"teeskentele (olevasi|että olet)|kehittäjätila|uusi roolisi|pysy roolissa",  # fi
    r"teeskle,? (et oled|olevat)|tee näo,? et oled|arendajarežiim|sinu uus roll",  # et
    r"apsimesk|kūrėjo režim\w*|tavo naujas vaidmuo",  # lt
    r"udawaj|tryb (dewelopera|programisty|deweloperski)|twoja nowa rola|pozostań w roli|"
    r"nie wychodź z roli",  # pl
    r"předstírej|dělej,? že jsi|vývojářský režim|(tvoje|tvá) nová role|zůstaň v roli|"
    r"predstieraj|tvár sa,? že si|vývojársky režim|tvoja nová rola|zostaň v role",  # cs, sk
    r"tégy úgy,? mintha|tetesd magad|fejlesztői mód\w*|az új szereped|maradj a szerepben",
    r"prefă-te|pretinde că ești|mod(ul)? dezvoltator|noul tău rol|rămâi în personaj",  # ro
    r"престори се|преструвай се|режим (за|на) разработчи\w*|новата ти роля|"
    r"остани в ролята",  # bg
    r"pretvaraj se|pravi se da si|tvoja nova uloga|ostani u ulozi|претварај се|"
    r"прави се да си|твоја нова улога|остани у улози",  # sr, hr
    r"προσποιήσου|κάνε ότι είσαι|λειτουργία προγραμματιστή|ο νέος σου ρόλος|"
    r"μείνε στον ρόλο",  # el
    r"geliştirici mod(u)?|yeni rolün|"
    r"(karakterde|rolde) kal",  # tr
    r"притворись|притворитесь|представь,? что ты|сделай вид,? что ты|режим разработчика|"
    r"(твоя|ваша) новая роль|оставайся в роли|не выходи из роли",  # ru
    r"прикинься|прикидайся|вдавай,? що ти|уяви,? що ти|режим розробника|твоя нова роль|"
    r"залишайся в ролі",  # uk
    r"giả vờ (là|rằng)|giả làm|chế độ nhà phát triển|vai trò mới của bạn|giữ nguyên vai",
    r"berpura-pura\w*|pura-pura (jadi|menjadi)|mode pengembang|mod pembangun|"
    r"peran baru(mu| anda| kamu)|peranan baharu|tetap dalam karakter|kekal dalam watak",
    r"magpanggap|magkunwari|bagong (papel|tungkulin) mo|manatili sa karakter",  # tl
    r"jifanye (kuwa|wewe ni)|hali ya msanidi|jukumu lako jipya|nafasi yako mpya",  # sw
)
_PERSONA_STRONG_UNSPACED = (
    r"تظاهر بأنك|تظاهر أنك|تظاهري بأنك|وضع المطور|دورك الجديد|ابق في الشخصية",  # ar
    r"وانمود کن|تظاهر کن|حالت توسعه[\u200c ]?دهنده|نقش جدید",  # fa
    r"העמד פנים|תעמיד פנים|תעמידי פנים|מצב מפתח|התפקיד החדש שלך|הישאר בדמות",  # he
    r"ہونے کا ڈرامہ|ڈویلپر موڈ|تمہارا نیا کردار|آپ کا نیا کردار",  # ur
    r"होने का नाटक|होने का दिखावा|डेवलपर मोड|तुम्हारी नई भूमिका|आपकी नई भूमिका|किरदार में रहो",
    r"ভান কর|ডেভেলপার মোড|তোমার নতুন ভূমিকা|আপনার নতুন ভূমিকা|என்று நடி|பாசாங்கு செய்|"
    r"டெவலப்பர் பயன்முறை",  # bn, ta
    r"假装你是|假裝你是|假装成|假裝成|开发者模式|開發者模式|开发人员模式|開發人員模式|"
    r"你的新角色|保持角色|越狱模式|越獄模式",  # zh
    r"ふりをして|ふりをしろ|フリをして|開発者モード|新しい役割|脱獄モード",  # ja
    r"척해|척하세요|개발자 모드|새로운 역할|캐릭터를 유지|탈옥 모드",  # ko
    r"แกล้งทำเป็น|แสร้งเป็น|แสร้งทำเป็น|โหมดนักพัฒนา|บทบาทใหม่ของคุณ",  # th
)
_ROLE_SPACED = (
    r"you are now|you're now|from now on,? you('re| are)|act as|acting as|behave (as|like)|"
    r"play the (role|part) of|take on the (role|persona) of|assume the (role|persona|"
    r"identity) of|you will now be",
    r"du bist (jetzt|nun|ab sofort)|sie sind (jetzt|nun|ab sofort)|(ab jetzt|von nun an) "
    r"bist du|agiere als|handle als|verhalte dich (wie|als)|spiel\w* die rolle|"
    r"übernimm die rolle",  # de
    r"tu es (maintenant|désormais|dorénavant)|vous êtes (maintenant|désormais|dorénavant)|"
    r"agis comme|agissez comme|comporte-toi comme|comportez-vous comme|jouez? le rôle|"
    r"incarne",  # fr
    r"ahora eres|ahora es usted|a partir de ahora eres|actúa como|compórtate como|"
    r"interpreta (el papel|a)|haz el papel|asume el papel",  # es
    r"ara ets|a partir d'ara ets|actua com|fes el paper",  # ca
    r"(ora|adesso) sei|d'ora in poi sei|agisci come|comportati come|interpreta il ruolo|"
    r"assumi il ruolo",  # it
    r"agora (você é|tu és|és)|a partir de agora (você é|és)|aja como|age como|atue como|"
    r"comporte-se como|faça o papel|assuma o papel",  # pt
    r"(je|jij|u) bent nu|vanaf nu ben je|gedraag je als|speel de rol",  # nl
    r"du er (nu|nå)|du är nu|fra nu af er du|från och med nu är du|opfør dig som|"
    r"oppfør deg som|bete dig som|agera som|spil rollen|spill rollen|spela rollen",
    r"olet nyt|nyt olet|tästä lähtien olet|toimi kuin|käyttäydy kuin|esitä",  # fi
    r"sa oled nüüd|nüüd oled sa|käitu nagu|mängi rolli",  # et
    r"dabar (tu )?esi|nuo šiol tu esi|elkis kaip|vaidink",  # lt
    r"(od )?teraz jesteś|jesteś teraz|zachowuj się jak|działaj jak|wciel się w|"
    r"odgrywaj rolę",  # pl
    r"(teď|nyní|odteď) jsi|chovej se jako|hraj roli|(odteraz|teraz) si|správaj sa ako|"
    r"hraj rolu",  # cs, sk
    r"mostantól (te )?vagy|most már (te )?vagy|viselkedj (úgy,? )?mint|játszd el",  # hu
    r"acum e[șş]ti|acum esti|de acum (înainte )?e[șş]ti|comportă-te ca|joacă rolul",  # ro
    r"сега си|от сега нататък си|държи се като|играй ролята",  # bg
    r"(od )?sada si|ti si sada|ponašaj se kao|igraj ulogu|glumi|(од )?сада си|"
    r"понашај се као|играј улогу",  # sr, hr
    r"τώρα είσαι|από τώρα (και στο εξής )?είσαι|συμπεριφέρσου (σαν|ως)|παίξε τον ρόλο|"
    r"υποδύσου",  # el
    r"sen artık|artık sen|bundan sonra sen|gibi davran|rolüne gir|rolünü oyna",  # tr
    r"теперь ты|ты теперь|отныне ты|с этого момента ты|теперь вы|вы теперь|"
    r"веди(те)? себя как|действуй как|(сы)?играй роль",  # ru
    r"тепер ти|ти тепер|відтепер ти|тепер ви|поводься як|дій як|(з)?грай роль",  # uk
    r"(bây )?giờ bạn là|từ (giờ|bây giờ) bạn là|hãy hành động như|hãy cư xử như|"
    r"đóng vai|nhập vai",  # vi
    r"sekarang (kamu|anda|kau|awak) (adalah|ialah|menjadi)|"
    r"mulai sekarang (kamu|anda|awak)|bertindak(lah)? sebagai|berperan(lah)? sebagai|"
    r"berlakon sebagai",  # id, ms
    r"ngayon ikaw (ay|na)|ikaw na ngayon|mula ngayon ikaw|kumilos (ka )?bilang|"
    r"gumanap bilang",  # tl
    r"sasa wewe ni|kuanzia sasa wewe|tenda kama|jifanye kama|igiza kama",  # sw
)
_ROLE_UNSPACED = (
    r"أنت الآن|انت الآن|انت الان|أنت الان|تصرف ك|تصرف مثل|قم بدور|العب دور|تقمص دور",  # ar
    r"تو اکنون|تو الان|شما اکنون|شما الان|از حالا تو|در نقش",  # fa
    r"אתה עכשיו|את עכשיו|מעכשיו אתה|מעכשיו את|התנהג כמו|התנהגי כמו|שחק את התפקיד",  # he
    r"تم اب|آپ اب|اب سے تم|کی طرح برتاؤ|کا کردار ادا",  # ur
    r"तुम अब|आप अब|अब से तुम|अब से आप|की तरह व्यवहार|की भूमिका निभा|का किरदार निभा",  # hi
    r"তুমি এখন|আপনি এখন|মতো আচরণ কর|ভূমিকা পালন কর|நீ இப்போது|நீங்கள் இப்போது|"
    r"இனிமேல் நீ",  # bn, ta
    r"你现在是|你現在是|现在你是|現在你是|从现在起你是|從現在起你是|从现在开始你是|"
    r"從現在開始你是|你将扮演|你將扮演|请扮演|請扮演|扮演一个|扮演一個|充当|充當",  # zh
    r"あなたは今|今からあなたは|これからあなたは|として振る舞|として振舞|になりきって|"
    r"너는 이제|넌 이제|당신은 이제|이제 너는|이제 당신은|지금부터 너는|처럼 행동|역할을 해",
    r"ตอนนี้คุณคือ|ตอนนี้คุณเป็น|ต่อจากนี้คุณคือ|ทำตัวเป็น|สวมบทบาท",  # th
)
_PERSONA_NOUN_SPACED = (
    r"ai|a\.i\.|assistant|chatbot|bot|llm|language model|gpt|chatgpt|character|persona|"
    r"hacker|jailbroken|jailbreak|unrestricted|unfiltered|uncensored|amoral|evil|"
    r"terminal|mode|without (any )?(restrictions|rules|filters|limits|guidelines|ethics|"
    r"censorship)|no (restrictions|rules|filters|limits|guidelines|ethics)",
    r"ki|ia|ии|ші|assistent\w*|asistent\w*|assistente?|asystent\w*|asistan\w*|avustaja|"
    r"ассистент\w*|асистент\w*|бот|modus|modalità|tryb|режим\w*|modu|"
    r"režim\w*|mód\w*|λειτουργία|läge|tilstand|personnage|personaje|personaggio|personagem|"
    r"personage|karakter|postać|postava|персонаж\w*|χαρακτήρα|hahmo|хакер|haker\w*",
    r"uneingeschränkt\w*|ohne (einschränkungen|regeln|filter|grenzen)|sans (restrictions?|"
    r"règles|filtres?|limites|censure)|sin (restricciones|reglas|filtros|límites|censura)|"
    r"sense (restriccions|regles|filtres)|senza (restrizioni|regole|filtri|limiti|censura)|"
    r"sem (restrições|regras|filtros|limites|censura)|zonder (beperkingen|regels|filters)|"
    r"uden (begrænsninger|regler)|uten (begrensninger|regler)|utan (begränsningar|regler)|"
    r"ilman (rajoituksia|sääntöjä)|ilma piiranguteta|be (apribojimų|taisyklių)|"
    r"bez (ograniczeń|zasad|filtrów|cenzury|omezení|pravidel|obmedzení|pravidiel|"
    r"ograničenja|pravila)|(korlátozások|szabályok) nélkül|fără (restricții|reguli|filtre)|"
    r"без (ограничения|ограничений|ограничења|обмежень|правил|фильтров|цензуры)|"
    r"χωρίς (περιορισμούς|κανόνες|φίλτρα)|kısıtlamasız|kuralsız|filtresiz|sansürsüz|"
    r"không (giới hạn|bị giới hạn|bị kiểm duyệt)|tanpa (batasan|batas|aturan|sensor|"
    r"sekatan)|walang (limitasyon|restriksyon|patakaran)|bila (vikwazo|mipaka|sheria)",
)
_PERSONA_NOUN_UNSPACED = (
    r"الذكاء الاصطناعي|مساعد|نموذج|شخصية|بدون قيود|بلا قيود|دون قيود|وضع",  # ar
    r"هوش مصنوعی|دستیار|مدل|شخصیت|بدون محدودیت|حالت",  # fa
    r"בינה מלאכותית|עוזר|מודל|דמות|ללא הגבלות|בלי הגבלות|ללא מגבלות|מצב",  # he
    r"مصنوعی ذہانت|اسسٹنٹ|ماڈل|بغیر کسی پابندی|موڈ",  # ur
    r"कृत्रिम बुद्धि|एआई|सहायक|मॉडल|किरदार|बिना किसी प्रतिबंध|बिना प्रतिबंध|मोड",  # hi
    r"কৃত্রিম বুদ্ধিমত্তা|এআই|সহকারী|চরিত্র|মোড|செயற்கை நுண்ணறிவு|உதவியாளர்|கதாபாத்திர",
    r"人工智能|人工智慧|助手|助理|模型|机器人|機器人|不受限制|无限制|無限制|没有限制|沒有限制|"
    r"模式|人工知能|アシスタント|モデル|ボット|キャラ|制限のない|制限なし|モード",  # zh, ja
    r"인공지능|어시스턴트|모델|챗봇|캐릭터|제한 없는|제한이 없는|모드",  # ko
    r"ปัญญาประดิษฐ์|ผู้ช่วย|โมเดล|แชทบอท|ตัวละคร|ไม่มีข้อจำกัด|โหมด",  # th
)
_PERSONA_NOUN = either(_PERSONA_NOUN_SPACED, _PERSONA_NOUN_UNSPACED)
_PERSONA = compile_cue(
    [(_PERSONA_STRONG_SPACED, r"\b"), (_ROLE_SPACED, r"\b" + then(25, _PERSONA_NOUN))],
    [
        (_PERSONA_STRONG_UNSPACED, ""),
        (_ROLE_UNSPACED, then(25, _PERSONA_NOUN)),
    ],
)

# --- exfiltrate: the text asks to send data somewhere ---------------------------------------
# A verb of sending near a secret (passwords, keys, tokens, the prompt, internal notes) in
# either order; bulk data (the customer list, all records) counts only with a destination
# (a URL, an e-mail address, a webhook, a markdown image), since staff send lists to each other.

_SEND_SPACED = (
    not_after(
        "not|n't|never",
        "send|forward|e-mail|email|mail|post|upload|include|append|attach|embed|share|leak|"
        "exfiltrate|transmit|encode",
    ),
    r"sende[nt]?|schick\w*|übermittel\w*|übermittl\w*|weiterleit\w*|leite \w+ weiter|"
    r"lade \w+ hoch|hochlad\w*|füg\w* \w+ (ein|an|hinzu)|häng\w* \w+ an|einbett\w*|"
    r"bette \w+ ein|übertrag\w*",  # de
    r"envoie\w*|envoyez|envoyer|transf[eè]re\w*|publie\w*|téléverse\w*|inclus|incluez|"
    r"inclure|ajoute\w*|"
    r"joins|joignez|intègre\w*|insère\w*|partage\w*",  # fr
    r"envía\w*|envia\w*|enviar|envíe\w*|reenví\w*|manda|mándame|mándalo|mande|publica|"
    r"sube|súbelo|incluy\w*|"
    r"añad\w*|adjunt\w*|incrusta\w*|inserta\w*|comparte\w*",  # es
    r"reenvia\w*|puja|inclou\w*|afegeix\w*|comparteix",  # ca
    r"invia\w*|inoltra\w*|pubblica|carica|includi\w*|aggiungi\w*|allega|allegare|allegate|"
    r"incorpora\w*|inserisci\w*|condividi\w*",  # it
    r"envi[ae]\w*|encaminh[ae]\w*|carreg[ae]\w*|inclua\w*|adicion[ae]\w*|"
    r"anex[ae]\w*|insira\w*|compartilh[ae]\w*|partilh[ae]\w*",  # pt
    r"stuur\w*|verstuur\w*|verzend\w*|doorsturen|uploaden|voeg \w+ toe|bijvoegen",  # nl
    r"videresend\w*|vedhæft\w*|vedlegg\w*|inkluder\w*|tilføj\w*|legg til|skicka\w*|"
    r"vidarebefordra\w*|maila\w*|mejla\w*|ladda upp|bifoga\w*|inkludera\w*|lägg till|"
    r"bädda in",  # da, no, sv
    r"lähetä|lähettäkää|välitä|välittäkää|lataa|liitä|liittäkää|sisällytä|upota",  # fi
    r"saada|saatke|edasta|edastage|laadi üles|lisage|manusta",  # et
    r"siųsk\w*|nusiųsk\w*|persiųsk\w*|išsiųsk\w*|įkelk\w*|pridėk\w*|įtrauk\w*|įterpk\w*",
    r"wyślij\w*|prześlij\w*|przekaż\w*|wrzuć|opublikuj\w*|załaduj|dołącz\w*|dodaj\w*|"
    r"umieść|osadź|udostępnij\w*|wklej",  # pl
    r"pošli\w*|pošlete|přepošli\w*|odešli\w*|odešlete|nahraj\w*|přilož\w*|připoj\w*|"
    r"vlož\w*|zahrň\w*|sdílej\w*|prepošli\w*|odošli\w*|prilož\w*|pripoj\w*|zdieľaj\w*",
    r"küld\w*|továbbít\w*|töltsd? fel|csatol\w*|illeszd be|illessze be|ágyazd be|"
    r"oszd meg|ossza meg|add hozzá",  # hu
    r"trimite\w*|redirecționează|încarcă|includeți|adaugă|atașează|inserează|"
    r"încorporează|partajează",  # ro
    r"изпрати\w*|препрати\w*|прати|качи|включи\w*|добави\w*|прикачи|вгради|сподели",  # bg
    r"pošalji\w*|prosledi\w*|proslijedi\w*|učitaj|uključi\w*|priloži\w*|ugradi\w*|"
    r"пошаљи\w*|проследи\w*|укључи|додај|приложи",  # sr, hr
    r"στείλε|στείλτε|προώθησε|προωθήστε|ανέβασε|δημοσίευσε|συμπερίλαβε|πρόσθεσε|"
    r"επισύναψε|ενσωμάτωσε",  # el
    r"gönder\w*|ilet|iletin|yolla\w*|yükle\w*|paylaş\w*|ekle\w*|dahil et\w*|göm\w*",  # tr
    r"отправь\w*|отправьте|пришли\w*|перешли\w*|вышли\w*|опубликуй\w*|загрузи\w*|"
    r"выложи\w*|добавь\w*|прикрепи\w*|вставь\w*|встрой\w*|передай\w*",  # ru
    r"надішли\w*|відправ\w*|опублікуй\w*|завантаж\w*|виклади\w*|додай\w*|прикріпи\w*|"
    r"встав\w*|вбудуй\w*|передай\w*",  # uk
    r"gửi|chuyển tiếp|tải lên|đưa vào|chèn|đính kèm|nhúng",  # vi
    r"kirim\w*|teruskan|hantar\w*|unggah\w*|muat naik|sertakan|tambahkan|lampirkan|"
    r"sisipkan|bagikan|kongsi\w*",  # id, ms
    r"ipadala|ipasa|i-email|i-post|i-upload|isama|idagdag|ilakip|ibahagi",  # tl
    r"tuma|sambaza|pakia|ambatisha|jumuisha",  # sw
)
_SEND_UNSPACED = (
    r"أرسل|ارسل|أرسلي|أرسلوا|حوّل|انشر|ارفع|أرفق|ارفق|ضمّن|أضف|اضف",  # ar
    r"بفرست|ارسال کن|فوروارد کن|آپلود کن|بارگذاری کن|پیوست کن|اضافه کن",  # fa
    r"שלח|שלחי|שלחו|העבר|העבירי|העבירו|פרסם|העלה|צרף|צרפי|הוסף|הטמע",  # he
    r"بھیج|فارورڈ کر|اپلوڈ کر|شامل کر|منسلک کر|پوسٹ کر",  # ur
    r"भेज|फ़ॉरवर्ड|फॉरवर्ड|अपलोड|शामिल कर|संलग्न|पोस्ट कर|एम्बेड",  # hi
    r"পাঠা|ফরোয়ার্ড|আপলোড|যুক্ত কর|সংযুক্ত কর|অন্তর্ভুক্ত কর|அனுப்பு|பதிவேற்று",  # bn, ta
    r"发送|發送|发给|發給|发到|發到|转发|轉發|寄给|寄給|上传|上傳|附上|附加|嵌入|插入|"
    r"包含|加入|贴到|貼到",  # zh
    r"送信|送って|送れ|転送|アップロード|添付|埋め込|含め|貼り付け",  # ja
    r"보내|전송|전달|업로드|첨부|포함|삽입|임베드",  # ko
    r"ส่ง|อัปโหลด|แนบ|ใส่|ฝัง",  # th
)
_SECRET_DATA_SPACED = (
    r"passwords|the passwords (for|of|to)|(admin|root|database|db|master) passwords?|"
    r"api[ -]?keys?|(secret|private|access|ssh|encryption) keys?|(access|auth|bearer|"
    r"session|refresh|api|oauth) tokens?|tokens|credentials|login (details|data)|secrets|"
    r"system prompt|(your|the|this) prompt|internal notes|"
    r"(the )?(conversation|chat) history|(credit )?card numbers|social security numbers",
    r"passwörter|kennwörter|zugangsdaten|anmeldedaten|api-schlüssel\w*|interne "
    r"(notizen|vermerke)|systemprompt|gesprächsverlauf|chatverlauf",  # de
    r"mots de passe|identifiants|clés? api|clés? (secrètes?|privées?)|jetons?|"
    r"notes internes|prompt système|historique de (la )?conversation",  # fr
    r"contraseñas|credenciales|claves? (api|secretas?|privadas?)|notas internas|"
    r"prompt del sistema|historial de (la )?conversación",  # es
    r"contrasenyes|credencials|notes internes",  # ca
    r"(le|tutte le) password|credenziali|chiavi? (api|segrete|private)|note interne|"
    r"prompt di sistema|cronologia (della )?(chat|conversazione)",  # it
    r"senhas|credenciais|chaves? (api|secretas?|privadas?)|notas internas|"
    r"prompt do sistema|histórico da conversa",  # pt
    r"wachtwoorden|inloggegevens|api-sleutels?|interne notities|gespreksgeschiedenis",  # nl
    r"adgangskoder|loginoplysninger|api-nøgler?|interne noter|samtalehistorik|"
    r"(alle )?passordene|alle passord|api-nøkler|interne notater|lösenorden|alla lösenord|"
    r"inloggningsuppgifter|api-nycklar|interna anteckningar",  # da, no, sv
    r"salasanat|salasanoja|kirjautumistiedot|tunnukset|api-avaime\w*|sisäiset "
    r"muistiinpanot|keskusteluhistoria",  # fi
    r"paroolid|paroole|sisselogimisandmed|api-võtm\w*|sisemised märkmed",  # et
    r"slaptažodži\w*|prisijungimo duomen\w*|api rakt\w*|vidin\w* pastab\w*",  # lt
    r"hasła|haseł|dane logowania|dane uwierzytelniające|klucze api|tokeny|"
    r"(wewnętrzne )?notatki( wewnętrzne)?|prompt systemowy|historię rozmowy",  # pl
    r"hesla|hesel|přihlašovací údaje|heslá|prihlasovacie údaje|api kl[íľ]če|interní "
    r"poznámky|interné poznámky",  # cs, sk
    r"jelszavak\w*|jelszavakat|hitelesítő adat\w*|bejelentkezési adat\w*|api[- ]kulcs\w*|"
    r"tokenek\w*|belső jegyzet\w*",  # hu
    r"parolele|credențialele|datele de autentificare|cheile api|notele interne",  # ro
    r"паролите|пароли|данни за вход|api ключове|вътрешни бележки",  # bg
    r"lozinke|šifre|pristupne podatke|podatke za prijavu|api ključ\w*|interne (bilješke|"
    r"beleške)|лозинке|шифре|приступне податке",  # sr, hr
    r"κωδικούς( πρόσβασης)?|διαπιστευτήρια|κλειδιά api|εσωτερικές σημειώσεις",  # el
    r"şifreler\w*|parolalar\w*|kimlik bilgiler\w*|giriş bilgiler\w*|api anahtar\w*|"
    r"dahili notlar\w*|iç notlar\w*|sohbet geçmiş\w*",  # tr
    r"пароли|паролей|учётные данные|учетные данные|данные для входа|api[- ]ключ\w*|"
    r"токен\w*|внутренние заметки|системный промпт|историю (переписки|диалога|чата)",  # ru
    r"паролі|паролів|облікові дані|дані для входу|внутрішні нотатки|системний промпт",  # uk
    r"(tất cả|các) mật khẩu|thông tin đăng nhập|khóa api|khoá api|ghi chú nội bộ|"
    r"lịch sử trò chuyện",  # vi
    r"semua kata (sandi|laluan)|kredensial|kunci api|catatan internal|nota dalaman|"
    r"riwayat percakapan",  # id, ms
    r"(mga|lahat ng) password|kredensyal|panloob na tala",  # tl
    r"nywila zote|manenosiri|funguo za api|maelezo ya ndani",  # sw
)
_SECRET_DATA_UNSPACED = (
    r"كلمات المرور|كلمات السر|بيانات الاعتماد|بيانات الدخول|مفاتيح|رمز الوصول|"
    r"الملاحظات الداخلية|سجل المحادثة",  # ar
    r"رمزهای عبور|گذرواژه[\u200c ]?ها|اطلاعات ورود|کلیدهای|یادداشت[\u200c ]?های داخلی",
    r"סיסמאות|הסיסמאות|פרטי התחברות|פרטי הגישה|מפתחות|טוקנים|הערות פנימיות",  # he
    r"پاس ورڈز|لاگ ان کی تفصیلات|اندرونی نوٹس",  # ur
    r"सभी पासवर्ड|पासवर्ड्स|लॉगिन विवरण|क्रेडेंशियल|एपीआई कुंजी|आंतरिक नोट्स",  # hi
    r"সব পাসওয়ার্ড|পাসওয়ার্ডগুলো|লগইন তথ্য|অভ্যন্তরীণ নোট|கடவுச்சொற்கள்",  # bn, ta
    r"所有密码|所有密碼|全部密码|密码列表|密碼列表|凭据|憑據|凭证|憑證|密钥|密鑰|令牌|"
    r"内部备注|內部備註|系统提示词|系統提示詞|聊天记录|聊天記錄|对话记录|對話記錄",  # zh
    r"すべてのパスワード|全てのパスワード|認証情報|ログイン情報|シークレットキー|"
    r"アクセストークン|トークン|内部メモ|社内メモ|システムプロンプト|会話履歴",  # ja
    r"모든 비밀번호|자격 증명|로그인 정보|비밀 키|액세스 토큰|토큰|내부 메모|시스템 프롬프트|"
    r"대화 기록",  # ko
    r"รหัสผ่านทั้งหมด|ข้อมูลรับรอง|ข้อมูลการเข้าสู่ระบบ|โทเค็น|บันทึกภายใน",  # th
)
_BULK_DATA_SPACED = (
    r"customer (list|data|database|records|details|emails|contacts)|client (list|data|"
    r"records)|all (the )?(customer |client |user |patient |employee )?(records|data|"
    r"files|emails|contacts|accounts)|(the )?(entire|whole|full|complete) (database|"
    r"customer list|records)|user data|personal data",
    r"kundenliste|kundendaten|alle (datensätze|daten)|gesamte datenbank|liste des clients|"
    r"données (des )?clients|tous les dossiers|toutes les données|lista de clientes|"
    r"datos de (los )?clientes|todos los (registros|datos)|elenco (dei )?clienti|"
    r"dati dei clienti|tutti i (dati|record)|dados dos clientes|todos os (registros|"
    r"registos|dados)|klantenlijst|klantgegevens|alle gegevens|kundeliste|kundedata|"
    r"kundlista|kunddata|asiakasluettelo|asiakastiedot|kaikki tiedot|kliendiandmed|"
    r"klientų (sąraš|duomen)\w*|listę klientów|dane klientów|wszystkie dane|"
    r"seznam zákazníků|údaje zákazníků|zoznam zákazníkov|ügyféllist\w*|ügyféladat\w*|"
    r"lista (de )?clien[țţ]i|datele clien[țţ]ilor|toate datele|списъка с клиенти|"
    r"listu klijenata|popis klijenata|sve podatke|λίστα πελατών|δεδομένα πελατών|"
    r"müşteri (listes|verileri)\w*|tüm (veriler|kayıtlar)\w*|список клиентов|"
    r"данные клиентов|все данные|базу данных|список клієнтів|дані клієнтів|(всі|усі) дані|"
    r"danh sách khách hàng|dữ liệu khách hàng|daftar pelanggan|data pelanggan|"
    r"senarai pelanggan|semua data|listahan ng mga customer|orodha ya wateja|data zote",
)
_BULK_DATA_UNSPACED = (
    r"قائمة العملاء|بيانات العملاء|جميع البيانات|لیست مشتریان|اطلاعات مشتریان|"
    r"רשימת הלקוחות|נתוני הלקוחות|כל הנתונים|کسٹمر لسٹ|ग्राहक सूची|গ্রাহক তালিকা|"
    r"客户名单|客戶名單|客户列表|客戶列表|客户数据|客戶資料|所有数据|所有資料|整个数据库|"
    r"顧客リスト|顧客名簿|顧客データ|すべてのデータ|고객 목록|고객 명단|고객 데이터|"
    r"รายชื่อลูกค้า|ข้อมูลลูกค้า",
)
# A place outside: a link, an e-mail address, a webhook, a markdown image or link.
_DESTINATION = r"(https?://|www\.|@[\w-]+\.[a-z]{2,}|\bwebhook|\bngrok|\bpastebin|!\[|\]\()"
_SECRET_DATA = either(_SECRET_DATA_SPACED, _SECRET_DATA_UNSPACED)
_BULK_DATA = either(_BULK_DATA_SPACED, _BULK_DATA_UNSPACED)
# English puts the verb first; read after the data, its verbs are nouns ("passwords by e-mail").
_SEND_AFTER = either(_SEND_SPACED[1:], _SEND_UNSPACED)
_EXFILTRATE = compile_cue(
    [
        (_SEND_SPACED, r"\b" + then(60, _SECRET_DATA)),
        (_SECRET_DATA_SPACED, r"\b" + then(60, _SEND_AFTER)),
        (_SEND_SPACED, r"\b" + then(60, _BULK_DATA, _DESTINATION)),
        (_BULK_DATA_SPACED, r"\b" + then(60, _SEND_AFTER, _DESTINATION)),
    ],
    [
        (_SEND_UNSPACED, then(60, _SECRET_DATA)),
        (_SECRET_DATA_UNSPACED, then(60, _SEND_AFTER)),
        (_SEND_UNSPACED, then(60, _BULK_DATA, _DESTINATION)),
        (_BULK_DATA_UNSPACED, then(60, _SEND_AFTER, _DESTINATION)),
    ],
)

_CUES: dict[str, Cue] = {
    "address": cue(_ADDRESS_SPACED, _ADDRESS_UNSPACED, *_ADDRESS_RAW),
    "directive": cue(_DIRECTIVE_SPACED, _DIRECTIVE_UNSPACED),
    "no_review": cue(_NO_REVIEW_SPACED, _NO_REVIEW_UNSPACED),
    "already": cue(_ALREADY_SPACED, _ALREADY_UNSPACED),
    "authority": cue(_AUTHORITY_SPACED, _AUTHORITY_UNSPACED),
    "secrets": cue(_SECRETS_SPACED, _SECRETS_UNSPACED),
    "override": _OVERRIDE,
    "persona": _PERSONA,
    "exfiltrate": _EXFILTRATE,
}

# Addressing a machine and asking for a decision are each everyday business language ("our
# assistant", "please approve"); only together with another cue do they mark an injection.
# The three newer cues need no such pairing: each asks for a word of instructions, of an AI or
# a mode, or of secrets next to its verb.
_ONLY_IN_PAIRS = frozenset({"address", "directive"})

_FINDER = PhraseFinder(_CUES)


def cues(lowered: str) -> list[str]:
    """The cue words for a lower-cased text: one per cue found, one per pair found together."""
    hits = _FINDER.found(lowered)
    found = [name for name in _CUES if name in hits]
    alone = [f"cue_{name}" for name in found if name not in _ONLY_IN_PAIRS]
    return alone + [f"cue_{a}_{b}" for a, b in combinations(found, 2)]
